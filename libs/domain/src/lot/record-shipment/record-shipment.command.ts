/** Record that one or more lots left their custodian for another party and place. */
export interface RecordShipment {
  readonly shipmentId: string;
  readonly fromPlaceId: string;
  readonly to: { readonly partyId: string; readonly placeId: string };
  readonly lots: readonly { readonly lotId: string; readonly quantity: { readonly amount: number; readonly unit: string } }[];
  readonly carrier?: string;
  readonly documents?: readonly { readonly type: string; readonly id: string }[];
  readonly shippedAt: string;
}

/** Record that the addressee of a shipment took custody of what arrived. */
export interface RecordReceipt {
  readonly shipmentId: string;
  readonly lots: readonly { readonly lotId: string; readonly quantity: { readonly amount: number; readonly unit: string } }[];
  readonly receivedAt: string;
}

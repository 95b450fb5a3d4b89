/** Record that lots left Kyrgyzstan in an export shipment. */
export interface RecordExport {
  readonly shipmentId: string;
  readonly fromPlaceId: string;
  readonly lots: readonly { readonly lotId: string; readonly quantity: { readonly amount: number; readonly unit: string } }[];
  readonly destinationCountry: string;
  readonly buyer: { readonly name: string; readonly country: string };
  readonly customsDeclaration: string;
  readonly certificateOfOrigin: string;
  readonly hsCode: string;
  readonly documents?: readonly { readonly type: string; readonly id: string }[];
  readonly exportedAt: string;
}

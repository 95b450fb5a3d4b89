/** Record that a lot was divided into new lots of the same product. */
export interface RecordSplit {
  readonly transformationId: string;
  readonly lotId: string;
  readonly placeId: string;
  readonly outputs: readonly { readonly lotId: string; readonly quantity: { readonly amount: number; readonly unit: string } }[];
  readonly splitAt: string;
}

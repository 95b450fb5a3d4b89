/** Record that part of a lot was packed into serialised units. */
export interface RecordPacking {
  readonly packingId: string;
  readonly lotId: string;
  readonly placeId: string;
  readonly unitSize: { readonly amount: number; readonly unit: string };
  readonly serials: readonly string[];
  readonly packedAt: string;
}

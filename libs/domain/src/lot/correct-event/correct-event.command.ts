/** Record the right quantity for an earlier event of a lot. */
export interface CorrectEvent {
  readonly lotId: string;
  readonly correctsEventId: string;
  readonly reason: string;
  readonly quantity: { readonly amount: number; readonly unit: string };
  readonly correctedAt: string;
}

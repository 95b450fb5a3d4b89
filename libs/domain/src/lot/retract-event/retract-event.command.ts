/** Record that an earlier event of a lot should never have been recorded. */
export interface RetractEvent {
  readonly lotId: string;
  readonly retractsEventId: string;
  readonly reason: string;
  readonly retractedAt: string;
}

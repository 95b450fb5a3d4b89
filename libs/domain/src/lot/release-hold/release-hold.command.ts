/** Record that a hold on a lot was lifted. */
export interface ReleaseHold {
  readonly holdId: string;
  readonly lotId: string;
  readonly reason: string;
  readonly releasedAt: string;
}

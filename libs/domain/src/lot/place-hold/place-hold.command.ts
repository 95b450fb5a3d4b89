/** Record that a lot may not be used until released. */
export interface PlaceHold {
  readonly holdId: string;
  readonly lotId: string;
  readonly reason: string;
  readonly heldAt: string;
}

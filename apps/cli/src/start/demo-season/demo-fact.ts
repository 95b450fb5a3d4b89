/** What the loader can tell a fact about the facts recorded before it. */
export interface EarlierFacts {
  /** The id of the event of `type` that the fact `factName` recorded on `lotId` (a correction points at it). */
  eventId(factName: string, lotId: string, type: string): string;
}

/**
 * One request of the demo season, sent to the capture API with the key of the party `by`.
 * `name` is stable and unique: the request's Idempotency-Key is derived from it, so loading the
 * season again records nothing new. A body that needs an id only known once an earlier fact is
 * recorded (the event a correction corrects) is a function of the earlier facts.
 */
export interface DemoFact {
  readonly name: string;
  readonly by: string;
  readonly path: string;
  readonly body: object | ((earlier: EarlierFacts) => object);
  /**
   * A field device's upload (POST /lot-facts/batch): sent without an Idempotency-Key, as a device
   * would, so a second upload is recognised by its clientEventIds and answers 200, nothing new.
   */
  readonly offline?: boolean;
}

/** A place in the committed-event feed's order: (transaction id, global position), as decimal strings. */
export interface FeedPlace {
  readonly transactionId: string;
  readonly globalPosition: string;
}

/** Negative, zero or positive as `a` comes before, at or after `b` in commit order (ADR 0003). */
export function compareFeedPlaces(a: FeedPlace, b: FeedPlace): number {
  const byTransaction = BigInt(a.transactionId) - BigInt(b.transactionId);
  if (byTransaction !== 0n) return byTransaction < 0n ? -1 : 1;
  const byPosition = BigInt(a.globalPosition) - BigInt(b.globalPosition);
  return byPosition === 0n ? 0 : byPosition < 0n ? -1 : 1;
}

/** One leaf of the Merkle log: an event at its place in commit order (ADR 0016). */
export interface LogLeaf {
  /** 0-based; leaf i is the i-th event the relay read in commit order. */
  readonly leafIndex: number;
  readonly eventId: string;
  /** The event's place in the committed-event feed, (transaction id, global position), decimal strings. */
  readonly transactionId: string;
  readonly globalPosition: string;
  /** The event's record hash (32 bytes): what the leaf hash is taken over. */
  readonly recordHash: Uint8Array;
}

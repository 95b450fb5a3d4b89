/** The name of Tamga's log, the first line of every checkpoint text. */
export const LOG_NAME = 'tamga';

/** A signed tree head (ADR 0016): the log's size and root at a time, signed by the service key. */
export interface Checkpoint {
  readonly log: typeof LOG_NAME;
  readonly treeSize: number;
  /** Lowercase hex of the root hash. */
  readonly rootHash: string;
  /** ISO 8601 UTC, as `Date.prototype.toISOString()` writes it. */
  readonly timestamp: string;
  readonly keyId: string;
  /** Base64url Ed25519 signature of {@link checkpointText}. */
  readonly signature: string;
}

/** What a checkpoint states, before it is signed. */
export type CheckpointBody = Pick<Checkpoint, 'treeSize' | 'rootHash' | 'timestamp'>;

import { Checkpoint } from '#tamga/integrity';

/** A signed checkpoint as the API serves it: the signed fields, and the event that recorded it. */
export interface CheckpointView extends Checkpoint {
  readonly eventId: string;
}

/** A row of integrity.checkpoints as the queries select it ({@link CHECKPOINT_COLUMNS}). */
export interface CheckpointRow {
  tree_size: string;
  root_hash: string;
  timestamp: string;
  key_id: string;
  signature: string;
  event_id: string;
}

/** The columns of a checkpoint, from a table aliased `c`. */
export const CHECKPOINT_COLUMNS = `c.tree_size::text AS tree_size, encode(c.root_hash, 'hex') AS root_hash, c.timestamp,
  c.key_id, c.signature, c.event_id::text AS event_id`;

/** Maps a checkpoint row (or a JSON object with the same keys) to its view. */
export function toCheckpointView(row: CheckpointRow): CheckpointView {
  return {
    log: 'tamga',
    treeSize: Number(row.tree_size),
    rootHash: row.root_hash,
    timestamp: row.timestamp,
    keyId: row.key_id,
    signature: row.signature,
    eventId: row.event_id,
  };
}

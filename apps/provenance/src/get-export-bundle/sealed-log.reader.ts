import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from '#tamga/event-store';
import { NodeId, inclusionProofFromNodes, nodesForInclusion, toHex } from '#tamga/integrity';
import { findLatestCheckpoint, readLogNodes } from '#tamga/merkle-log';
import { PG_POOL } from '#tamga/platform';
import type { BundleCheckpoint } from '#tamga/proof-bundle';

/** A stored event with its leaf in the log. */
export interface LeafEvent {
  readonly event: StoredEvent;
  readonly leafIndex: number;
}

/**
 * Reads what a bundle proves from the log itself (not the read models): events as stored, with
 * their seals and leaves, the latest signed checkpoint, and inclusion proofs from the stored
 * perfect subtrees (ADR 0016), every proof of a bundle from one query (the log API's
 * per-event proof would be one query per event).
 */
@Injectable()
export class SealedLogReader {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The latest signed checkpoint (its signed fields), or null before the first. */
  async latestCheckpoint(): Promise<BundleCheckpoint | null> {
    const found = await findLatestCheckpoint(this.pool);
    return found && { log: found.log, treeSize: found.treeSize, rootHash: found.rootHash, timestamp: found.timestamp, keyId: found.keyId, signature: found.signature };
  }

  /** The listed events and every event of the listed streams that are leaves of the first `treeSize`, in log order. */
  async leafEvents(eventIds: readonly string[], streamIds: readonly string[], treeSize: number): Promise<LeafEvent[]> {
    const { rows } = await this.pool.query<EventRow & { leaf_index: string }>(
      `SELECT ev.*, l.leaf_index::text AS leaf_index
         FROM (SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE event_id = ANY($1::uuid[]) OR stream_id = ANY($2::text[])) ev
         JOIN integrity.log_leaves l ON l.event_id = ev.event_id
        WHERE l.leaf_index < $3
        ORDER BY l.leaf_index`,
      [eventIds, streamIds, treeSize],
    );
    return rows.map((row) => ({ event: toStoredEvent(row), leafIndex: Number(row.leaf_index) }));
  }

  /** The RFC 9162 inclusion proof (hex, leaf side first) of each leaf in the tree of `treeSize`, from one read of the stored nodes. */
  async inclusionProofs(leafIndexes: readonly number[], treeSize: number): Promise<Map<number, string[]>> {
    const needed = new Map<string, NodeId>();
    for (const leaf of leafIndexes) for (const node of nodesForInclusion(leaf, treeSize)) needed.set(`${node.level}/${node.index}`, node);
    const lookup = await readLogNodes(this.pool, [...needed.values()]);
    return new Map(leafIndexes.map((leaf) => [leaf, inclusionProofFromNodes(leaf, treeSize, lookup).map(toHex)]));
  }
}

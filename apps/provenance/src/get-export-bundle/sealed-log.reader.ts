import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from '#tamga/event-store';
import { fromHex, inclusionProofFromNodes, nodeLookupOf, nodesForInclusion, toHex } from '#tamga/integrity';
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
 * perfect subtrees (ADR 0016), all proofs of a bundle in one query.
 */
@Injectable()
export class SealedLogReader {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The latest signed checkpoint, or null before the first. */
  async latestCheckpoint(): Promise<BundleCheckpoint | null> {
    const { rows } = await this.pool.query<{ tree_size: string; root_hash: string; timestamp: string; key_id: string; signature: string }>(
      `SELECT tree_size::text, encode(root_hash, 'hex') AS root_hash, timestamp, key_id, signature FROM integrity.checkpoints ORDER BY tree_size DESC LIMIT 1`,
    );
    if (rows.length === 0) return null;
    const r = rows[0];
    return { log: 'tamga', treeSize: Number(r.tree_size), rootHash: r.root_hash, timestamp: r.timestamp, keyId: r.key_id, signature: r.signature };
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

  /** The RFC 9162 inclusion proof (hex, leaf side first) of each leaf in the tree of `treeSize`. */
  async inclusionProofs(leafIndexes: readonly number[], treeSize: number): Promise<Map<number, string[]>> {
    const needed = new Map<string, { level: number; index: number }>();
    for (const leaf of leafIndexes) for (const node of nodesForInclusion(leaf, treeSize)) needed.set(`${node.level}/${node.index}`, node);
    const nodes = [...needed.values()];
    const { rows } = await this.pool.query<{ level: number; index: string; hash: string }>(
      `SELECT n.level, n.index::text AS index, encode(n.hash, 'hex') AS hash
         FROM integrity.log_nodes n JOIN unnest($1::smallint[], $2::bigint[]) AS wanted(level, index) USING (level, index)`,
      [nodes.map((n) => n.level), nodes.map((n) => n.index)],
    );
    const lookup = nodeLookupOf(rows.map((r) => ({ level: r.level, index: Number(r.index), hash: fromHex(r.hash) })));
    return new Map(leafIndexes.map((leaf) => [leaf, inclusionProofFromNodes(leaf, treeSize, lookup).map(toHex)]));
  }
}

import { Pool, PoolClient } from 'pg';
import { CommittedEventFeed, FEED_START, inTransaction, StoredEvent } from '#tamga/event-store';
import { compareFeedPlaces, FeedPlace } from './feed-order';
import { leafRecordHash } from './leaf-record-hash';
import { LogLeaf } from './log-leaf';
import { appendLogNodes } from './log-nodes';

/** The log's last leaf: how many leaves there are, and where in commit order the log ends. */
export interface LogEnd extends FeedPlace {
  readonly leafIndex: number;
}

/** Thrown when leaves someone wants to store disagree with the log as stored: nothing is written. */
export class LogDivergedError extends Error {
  constructor(message: string) {
    super(`The Merkle log refuses these leaves: ${message}`);
    this.name = 'LogDivergedError';
  }
}

// Whoever stores leaves holds this (transaction-scoped) lock, so two writers never interleave.
const LOG_LOCK = `SELECT pg_advisory_xact_lock(hashtextextended('tamga:merkle-log', 0))`;
const CATCH_UP_BATCH = 1000;

/**
 * Assigns leaf indices to events in commit order and stores the leaves with their perfect
 * subtree hashes (ADR 0016). The leaf index of an event is its place in the committed-event feed,
 * which every reader of the feed sees in the same order; so indices are planned before the relay
 * publishes (they travel on each message) and stored after, and a crash in between plans the very
 * same indices again.
 */
export class MerkleLogWriter {
  constructor(private readonly pool: Pool) {}

  /** The last leaf stored, or null while the log is empty. */
  async end(client: Pool | PoolClient = this.pool): Promise<LogEnd | null> {
    const { rows } = await client.query<{ leaf_index: string; transaction_id: string; global_position: string }>(
      // ORDER BY names the column through the table: the bare name is the text alias.
      `SELECT l.leaf_index::text AS leaf_index, l.transaction_id::text AS transaction_id, l.global_position::text AS global_position
         FROM integrity.log_leaves AS l ORDER BY l.leaf_index DESC LIMIT 1`,
    );
    return rows.length === 0
      ? null
      : { leafIndex: Number(rows[0].leaf_index), transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  }

  /**
   * The leaves of a run of consecutive events of the feed: those already in the log keep their
   * index, the rest follow the log's end. The log must not lag behind the run (see {@link catchUp}).
   */
  async assign(events: readonly StoredEvent[]): Promise<LogLeaf[]> {
    if (events.length === 0) return [];
    const { rows } = await this.pool.query<{ leaf_index: string; event_id: string }>(
      `SELECT leaf_index::text, event_id::text FROM integrity.log_leaves WHERE event_id = ANY($1::uuid[])`,
      [events.map((e) => e.eventId)],
    );
    const known = new Map(rows.map((r) => [r.event_id, Number(r.leaf_index)]));
    const end = await this.end();
    let next = end ? end.leafIndex + 1 : 0;
    return events.map((event) => {
      const stored = known.get(event.eventId);
      if (stored === undefined && end && compareFeedPlaces(event, end) <= 0) {
        throw new LogDivergedError(`event ${event.eventId} comes before the log's end but has no leaf: the log must catch up first`);
      }
      return {
        leafIndex: stored ?? next++,
        eventId: event.eventId,
        transactionId: event.transactionId,
        globalPosition: event.globalPosition,
        recordHash: leafRecordHash(event),
      };
    });
  }

  /**
   * Stores the leaves not yet in the log, and the perfect nodes they complete, in the caller's
   * transaction. Leaves already stored (another writer got there first) must be the same events.
   */
  async record(client: PoolClient, leaves: readonly LogLeaf[]): Promise<void> {
    if (leaves.length === 0) return;
    await client.query(LOG_LOCK);
    const end = await this.end(client);
    const size = end ? end.leafIndex + 1 : 0;
    await assertAlreadyStored(client, leaves.filter((l) => l.leafIndex < size));
    const fresh = leaves.filter((l) => l.leafIndex >= size);
    if (fresh.length === 0) return;
    fresh.forEach((leaf, i) => {
      if (leaf.leafIndex !== size + i) throw new LogDivergedError(`leaf ${leaf.leafIndex} would leave a gap after leaf ${size + i - 1}`);
    });
    if (end && compareFeedPlaces(fresh[0], end) <= 0) {
      throw new LogDivergedError(`event ${fresh[0].eventId} does not come after the log's last leaf in commit order`);
    }
    await client.query(
      `INSERT INTO integrity.log_leaves (leaf_index, transaction_id, global_position, event_id, record_hash)
       SELECT * FROM unnest($1::bigint[], $2::xid8[], $3::bigint[], $4::uuid[], $5::bytea[])`,
      [
        fresh.map((l) => l.leafIndex),
        fresh.map((l) => l.transactionId),
        fresh.map((l) => l.globalPosition),
        fresh.map((l) => l.eventId),
        fresh.map((l) => Buffer.from(l.recordHash)),
      ],
    );
    await appendLogNodes(client, size, fresh.map((l) => l.recordHash));
  }

  /**
   * Gives a leaf to every event of the feed up to `place` that has none (events published before
   * the log existed, or by a writer that bypassed the relay), without publishing anything.
   */
  async catchUp(feed: CommittedEventFeed, place: FeedPlace): Promise<void> {
    for (;;) {
      const end = await this.end();
      const from = end ?? FEED_START;
      if (compareFeedPlaces(from, place) >= 0) return;
      const events = (await feed.readAfter(from, CATCH_UP_BATCH)).filter((e) => compareFeedPlaces(e, place) <= 0);
      if (events.length === 0) return;
      const leaves = await this.assign(events);
      await inTransaction(this.pool, (client) => this.record(client, leaves));
    }
  }


}

async function assertAlreadyStored(client: PoolClient, leaves: readonly LogLeaf[]): Promise<void> {
  if (leaves.length === 0) return;
  const { rows } = await client.query<{ leaf_index: string; event_id: string }>(
    `SELECT leaf_index::text, event_id::text FROM integrity.log_leaves WHERE leaf_index = ANY($1::bigint[])`,
    [leaves.map((l) => l.leafIndex)],
  );
  const stored = new Map(rows.map((r) => [Number(r.leaf_index), r.event_id]));
  for (const leaf of leaves) {
    if (stored.get(leaf.leafIndex) !== leaf.eventId) {
      throw new LogDivergedError(`leaf ${leaf.leafIndex} is event ${stored.get(leaf.leafIndex)}, not ${leaf.eventId}`);
    }
  }
}

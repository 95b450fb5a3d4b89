import { Pool, PoolClient } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from './stored-event';

/** A place in commit order: the last event a reader has seen. */
export interface FeedCheckpoint {
  readonly transactionId: string;
  readonly globalPosition: string;
}

/** Before the first event. */
export const FEED_START: FeedCheckpoint = { transactionId: '0', globalPosition: '0' };

/**
 * Reads committed events in commit order, for the relay.
 *
 * Positions are taken when a transaction inserts, not when it commits, so "everything after
 * position N" would skip a transaction that took N-1 and committed late. Instead the feed reads
 * in (transaction id, position) order and only below the oldest transaction still running
 * (pg_snapshot_xmin): every transaction below it has committed or aborted, and every later
 * commit will sort after what has been read. (The approach Emmett and Marten take.)
 */
export class CommittedEventFeed {
  constructor(private readonly pool: Pool) {}

  /** Up to `limit` committed events after `checkpoint`, in commit order. */
  async readAfter(checkpoint: FeedCheckpoint, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<EventRow>(
      // ORDER BY names the table's columns: the bare names are text aliases in EVENT_COLUMNS.
      `SELECT ${EVENT_COLUMNS} FROM event_store.events AS e
        WHERE (e.transaction_id, e.global_position) > ($1::xid8, $2::bigint)
          AND e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
        ORDER BY e.transaction_id, e.global_position
        LIMIT $3`,
      [checkpoint.transactionId, checkpoint.globalPosition, limit],
    );
    return rows.map(toStoredEvent);
  }

  /** Where the named relay got to, or the start of the log. */
  async loadCheckpoint(relay: string): Promise<FeedCheckpoint> {
    const { rows } = await this.pool.query<{ transaction_id: string; global_position: string }>(
      `SELECT transaction_id::text, global_position::text FROM event_store.relay_checkpoints WHERE relay = $1`,
      [relay],
    );
    return rows.length === 0
      ? FEED_START
      : { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  }

  /**
   * Records that the named relay has published everything up to `checkpoint`; it never moves back.
   * Given a client, it writes in that client's transaction (the relay stores the log's leaves with it).
   */
  async saveCheckpoint(relay: string, checkpoint: FeedCheckpoint, client?: PoolClient): Promise<void> {
    await (client ?? this.pool).query(
      `INSERT INTO event_store.relay_checkpoints (relay, transaction_id, global_position)
       VALUES ($1, $2::xid8, $3::bigint)
       ON CONFLICT (relay) DO UPDATE SET transaction_id = EXCLUDED.transaction_id, global_position = EXCLUDED.global_position
        WHERE (relay_checkpoints.transaction_id, relay_checkpoints.global_position)
            < (EXCLUDED.transaction_id, EXCLUDED.global_position)`,
      [relay, checkpoint.transactionId, checkpoint.globalPosition],
    );
  }
}

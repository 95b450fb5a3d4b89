import type { Pool } from 'pg';
import { CommittedEventFeed, FEED_START } from '#tamga/event-store';

/**
 * Makes the named relay start where the run's shared feed ends now, so it publishes only what the
 * test appends next (the Merkle log writer still gives every earlier event its leaf, without
 * publishing it). A relay starting at the feed's beginning republishes every earlier suite's
 * events in its small test batches, which can outlast the test's wait late in a full run.
 */
export async function relayFromFeedEnd(pool: Pool, relayName: string): Promise<void> {
  const { rows } = await pool.query<{ transaction_id: string; global_position: string }>(
    `SELECT e.transaction_id::text, e.global_position::text FROM event_store.events AS e
      WHERE e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
      ORDER BY e.transaction_id DESC, e.global_position DESC LIMIT 1`,
  );
  const end = rows.length === 0 ? FEED_START : { transactionId: rows[0].transaction_id, globalPosition: rows[0].global_position };
  await new CommittedEventFeed(pool).saveCheckpoint(relayName, end);
}

import { Pool, PoolClient } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from './stored-event';

/**
 * A read-only view of the whole log as it stood at one instant, for exports that read it in many
 * queries (batches, then the streams a batch refers to). Everything runs in one REPEATABLE READ
 * transaction: a batch read by global position can never miss an append that took a lower
 * position but committed later (ADR 0003), and nothing appended meanwhile shows up half-way.
 */
export class EventLogSnapshot {
  private constructor(private readonly client: PoolClient) {}

  /** Takes a connection from the pool and starts the snapshot on it; close() gives it back. */
  static async open(pool: Pool): Promise<EventLogSnapshot> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      return new EventLogSnapshot(client);
    } catch (error) {
      client.release();
      throw error;
    }
  }

  /** Up to `limit` events of lot streams after `position`, in global position order (master-data streams, named `kind/id`, are left out). */
  async lotEventsAfter(position: string, limit: number): Promise<StoredEvent[]> {
    const { rows } = await this.client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events AS e
        WHERE e.global_position > $1::bigint AND strpos(e.stream_id, '/') = 0
        ORDER BY e.global_position
        LIMIT $2`,
      [position, limit],
    );
    return rows.map(toStoredEvent);
  }

  /** Every event of several streams, each in version order; a stream with no events maps to []. */
  async readStreams(streamIds: readonly string[]): Promise<Map<string, StoredEvent[]>> {
    const unique = [...new Set(streamIds)];
    const result = new Map<string, StoredEvent[]>(unique.map((id) => [id, []]));
    if (unique.length === 0) return result;
    const { rows } = await this.client.query<EventRow>(
      `SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = ANY($1::text[]) ORDER BY stream_id, stream_version`,
      [unique],
    );
    for (const row of rows) result.get(row.stream_id)!.push(toStoredEvent(row));
    return result;
  }

  /** Ends the snapshot and returns the connection. */
  async close(): Promise<void> {
    try {
      await this.client.query('ROLLBACK');
    } finally {
      this.client.release();
    }
  }
}

import { Pool } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from '#tamga/event-store';

/** A leaf as integrity.log_leaves holds it. */
export interface StoredLeaf {
  readonly eventId: string;
  readonly recordHash: string;
}

/** Every leaf Postgres holds, by index. */
export async function loadStoredLeaves(pool: Pool): Promise<Map<number, StoredLeaf>> {
  const { rows } = await pool.query<{ leaf_index: string; event_id: string; record_hash: string }>(
    `SELECT l.leaf_index::text AS leaf_index, l.event_id::text AS event_id, encode(l.record_hash, 'hex') AS record_hash
       FROM integrity.log_leaves AS l ORDER BY l.leaf_index`,
  );
  return new Map(rows.map((r) => [Number(r.leaf_index), { eventId: r.event_id, recordHash: r.record_hash }]));
}

/** The stored events with these ids, read in batches, by id. */
export async function loadStoredEvents(pool: Pool, eventIds: readonly string[], batch = 2000): Promise<Map<string, StoredEvent>> {
  const found = new Map<string, StoredEvent>();
  for (let i = 0; i < eventIds.length; i += batch) {
    const { rows } = await pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE event_id = ANY($1::uuid[])`, [eventIds.slice(i, i + batch)]);
    for (const row of rows) found.set(row.event_id, toStoredEvent(row));
  }
  return found;
}

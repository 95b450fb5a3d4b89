import { Pool } from 'pg';
import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from '#tamga/event-store';

/** An event row with its leaf in integrity.log_leaves (nulls when it has none). */
export interface StoredLeafEvent {
  readonly event: StoredEvent;
  readonly leafIndex: number | null;
  readonly leafRecordHash: string | null;
}

/** The stored events with these ids, with their leaves, by id. */
export async function loadStoredEvents(pool: Pool, eventIds: readonly string[]): Promise<Map<string, StoredLeafEvent>> {
  if (eventIds.length === 0) return new Map();
  const { rows } = await pool.query<EventRow & { leaf_index: string | null; leaf_record_hash: string | null }>(
    `SELECT ${EVENT_COLUMNS},
            (SELECT l.leaf_index::text FROM integrity.log_leaves AS l WHERE l.event_id = events.event_id) AS leaf_index,
            (SELECT encode(l.record_hash, 'hex') FROM integrity.log_leaves AS l WHERE l.event_id = events.event_id) AS leaf_record_hash
       FROM event_store.events WHERE event_id = ANY($1::uuid[])`,
    [eventIds],
  );
  return new Map(
    rows.map((r) => [r.event_id, { event: toStoredEvent(r), leafIndex: r.leaf_index === null ? null : Number(r.leaf_index), leafRecordHash: r.leaf_record_hash }]),
  );
}

/** How many leaves integrity.log_leaves holds (the log's size in Postgres). */
export async function storedLogSize(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(`SELECT coalesce(max(l.leaf_index) + 1, 0)::text AS n FROM integrity.log_leaves AS l`);
  return Number(rows[0].n);
}

/** The leaves at these indices, with their events when stored: how a leaf missing from the topic is named. */
export async function loadLeavesAt(pool: Pool, indices: readonly number[]): Promise<Map<number, { eventId: string; recordHash: string; event: StoredEvent | null }>> {
  if (indices.length === 0) return new Map();
  const { rows } = await pool.query<EventRow & { leaf_index: string; leaf_event_id: string; leaf_record_hash: string }>(
    `SELECT l.leaf_index::text AS leaf_index, l.event_id::text AS leaf_event_id, encode(l.record_hash, 'hex') AS leaf_record_hash, ev.*
       FROM integrity.log_leaves AS l
       LEFT JOIN LATERAL (SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE event_id = l.event_id) AS ev ON true
      WHERE l.leaf_index = ANY($1::bigint[])`,
    [indices],
  );
  return new Map(
    rows.map((r) => [Number(r.leaf_index), { eventId: r.leaf_event_id, recordHash: r.leaf_record_hash, event: r.event_id ? toStoredEvent(r) : null }]),
  );
}

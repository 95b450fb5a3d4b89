import { EVENT_COLUMNS, EventRow, StoredEvent, toStoredEvent } from '#tamga/event-store';
import { Queryable } from '../stored-log-nodes';

/** An event exactly as stored, with its seal and record hash, and its leaf index once the relay gave it one. */
export interface SealedEventView extends Omit<StoredEvent, 'transactionId'> {
  readonly leafIndex: number | null;
}

/** The stored event with this id, or null. */
export async function findSealedEvent(db: Queryable, eventId: string): Promise<SealedEventView | null> {
  const { rows } = await db.query<EventRow & { leaf_index: string | null }>(
    `SELECT ${EVENT_COLUMNS}, (SELECT l.leaf_index::text FROM integrity.log_leaves AS l WHERE l.event_id = events.event_id) AS leaf_index
       FROM event_store.events WHERE event_id = $1::uuid`,
    [eventId],
  );
  if (rows.length === 0) return null;
  const { transactionId: _internal, ...event } = toStoredEvent(rows[0]);
  return { ...event, leafIndex: rows[0].leaf_index === null ? null : Number(rows[0].leaf_index) };
}

import { Queryable } from '../stored-log-nodes';

/** An event's place in the Tamga log: its leaf (null until the relay adds it) and the first signed checkpoint covering it (null until one is). */
export interface EventLogPlace {
  readonly eventId: string;
  readonly leafIndex: number | null;
  readonly checkpoint: number | null;
}

/** Where an event stands in the log, in one indexed lookup (the consumer page's integrity line). */
export async function findEventLogPlace(db: Queryable, eventId: string): Promise<EventLogPlace> {
  const { rows } = await db.query<{ leaf_index: string; checkpoint: string | null }>({
    name: 'tamga.event-log-place',
    text: `SELECT l.leaf_index::text AS leaf_index,
                  (SELECT min(c.tree_size) FROM integrity.checkpoints AS c WHERE c.tree_size > l.leaf_index)::text AS checkpoint
             FROM integrity.log_leaves AS l WHERE l.event_id = $1::uuid`,
    values: [eventId],
  });
  if (rows.length === 0) return { eventId, leafIndex: null, checkpoint: null };
  return { eventId, leafIndex: Number(rows[0].leaf_index), checkpoint: rows[0].checkpoint === null ? null : Number(rows[0].checkpoint) };
}

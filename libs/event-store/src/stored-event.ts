import { EventEnvelope, EventSeal } from '#tamga/contracts';

/** An event read back from the store: its public envelope and its place in commit order. */
export interface StoredEvent extends EventEnvelope {
  /** The appending transaction's id (xid8), as a decimal string. */
  readonly transactionId: string;
}

/** The columns every event query selects, in the order {@link toStoredEvent} expects. */
export const EVENT_COLUMNS = `global_position::text AS global_position, transaction_id::text AS transaction_id,
  event_id, stream_id, stream_version, type, schema_version, occurred_at, recorded_at, actor_id, data, metadata,
  seal, encode(record_hash, 'hex') AS record_hash`;

/** A row of {@link EVENT_COLUMNS}. */
export interface EventRow {
  global_position: string;
  transaction_id: string;
  event_id: string;
  stream_id: string;
  stream_version: number;
  type: string;
  schema_version: number;
  occurred_at: Date;
  recorded_at: Date;
  actor_id: string | null;
  data: unknown;
  metadata: Record<string, string>;
  seal: EventSeal | null;
  record_hash: string | null;
}

/** Maps a row of the events table to its stored event. */
export function toStoredEvent(row: EventRow): StoredEvent {
  return {
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    streamId: row.stream_id,
    streamVersion: row.stream_version,
    globalPosition: row.global_position,
    transactionId: row.transaction_id,
    occurredAt: row.occurred_at.toISOString(),
    recordedAt: row.recorded_at.toISOString(),
    actorId: row.actor_id,
    data: row.data,
    metadata: row.metadata,
    // Events recorded before seals existed have neither (ADR 0016).
    ...(row.seal ? { seal: row.seal, recordHash: row.record_hash! } : {}),
  };
}

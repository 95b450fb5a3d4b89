import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { streamKindOf } from '#tamga/domain';

/**
 * Every lot event, as the audit trail shows it. Keyed by (lot, version), so an event
 * delivered twice is stored once.
 */
export async function projectLotHistory(client: PoolClient, schema: string, all: readonly EventEnvelope[]): Promise<void> {
  const events = all.filter((e) => streamKindOf(e.streamId) === 'lot');
  if (events.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.lot_events
       (lot_id, stream_version, global_position, event_id, type, schema_version, occurred_at, recorded_at, actor_id, data)
     SELECT * FROM unnest($1::text[], $2::int[], $3::bigint[], $4::uuid[], $5::text[], $6::int[],
                          $7::timestamptz[], $8::timestamptz[], $9::text[], $10::jsonb[])
     ON CONFLICT (lot_id, stream_version) DO NOTHING`,
    [
      events.map((e) => e.streamId),
      events.map((e) => e.streamVersion),
      events.map((e) => e.globalPosition),
      events.map((e) => e.eventId),
      events.map((e) => e.type),
      events.map((e) => e.schemaVersion),
      events.map((e) => e.occurredAt),
      events.map((e) => e.recordedAt),
      events.map((e) => e.actorId),
      events.map((e) => JSON.stringify(e.data)),
    ],
  );
}

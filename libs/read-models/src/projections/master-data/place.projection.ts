import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Place } from '#tamga/domain';
import { latestPerStream } from './latest-per-stream';

/**
 * One row per place, at its latest version. The upsert only moves a row forward (a lower or
 * equal version changes nothing), so an event delivered twice, or late, is harmless.
 */
export async function projectPlaces(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const places = latestPerStream<Place>(events, 'place', ['place.registered', 'place.revised']);
  if (places.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.places (place_id, kind, gln, names, parent_id, geometry, version, global_position, recorded_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::jsonb[], $5::text[], $6::jsonb[], $7::int[], $8::bigint[], $9::timestamptz[])
     ON CONFLICT (place_id) DO UPDATE
       SET kind = EXCLUDED.kind, gln = EXCLUDED.gln, names = EXCLUDED.names, parent_id = EXCLUDED.parent_id,
           geometry = EXCLUDED.geometry, version = EXCLUDED.version, global_position = EXCLUDED.global_position,
           recorded_at = EXCLUDED.recorded_at
       WHERE places.version < EXCLUDED.version`,
    [
      places.map((e) => e.data.placeId),
      places.map((e) => e.data.kind),
      places.map((e) => e.data.gln),
      places.map((e) => JSON.stringify(e.data.names)),
      places.map((e) => e.data.parentId ?? null),
      places.map((e) => (e.data.geometry === undefined ? null : JSON.stringify(e.data.geometry))),
      places.map((e) => e.data.version),
      places.map((e) => e.globalPosition),
      places.map((e) => e.recordedAt),
    ],
  );
}

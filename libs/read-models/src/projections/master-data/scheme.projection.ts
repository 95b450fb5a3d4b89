import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Scheme } from '#tamga/domain';
import { latestPerStream } from './latest-per-stream';

/** One row per brand or certification scheme, at its latest version; a redelivered or older version changes nothing. */
export async function projectSchemes(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const schemes = latestPerStream<Scheme>(events, 'scheme', ['scheme.registered', 'scheme.revised']);
  if (schemes.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.schemes (scheme_id, kind, names, issuer_party_id, region_id, version, global_position, recorded_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::text[], $6::int[], $7::bigint[], $8::timestamptz[])
     ON CONFLICT (scheme_id) DO UPDATE
       SET kind = EXCLUDED.kind, names = EXCLUDED.names, issuer_party_id = EXCLUDED.issuer_party_id,
           region_id = EXCLUDED.region_id, version = EXCLUDED.version, global_position = EXCLUDED.global_position,
           recorded_at = EXCLUDED.recorded_at
       WHERE schemes.version < EXCLUDED.version`,
    [
      schemes.map((e) => e.data.schemeId),
      schemes.map((e) => e.data.kind),
      schemes.map((e) => JSON.stringify(e.data.names)),
      schemes.map((e) => e.data.issuerPartyId),
      schemes.map((e) => e.data.regionId ?? null),
      schemes.map((e) => e.data.version),
      schemes.map((e) => e.globalPosition),
      schemes.map((e) => e.recordedAt),
    ],
  );
}

import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { VillageSpecialisation, streamKindOf } from '#tamga/domain';

/**
 * One row per (village, product) registration. The domain registers a product for a village
 * once, so a second event for the same pair is a redelivery: it changes nothing.
 */
export async function projectVillageSpecialisations(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const registrations = events.filter(
    (e) => streamKindOf(e.streamId) === 'specialisation' && e.type === 'village.specialisation-registered',
  ) as EventEnvelope<VillageSpecialisation>[];
  if (registrations.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.village_specialisations (village_id, product_id, since, stream_version, global_position, recorded_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::date[], $4::int[], $5::bigint[], $6::timestamptz[])
     ON CONFLICT (village_id, product_id) DO NOTHING`,
    [
      registrations.map((e) => e.data.villageId),
      registrations.map((e) => e.data.productId),
      registrations.map((e) => e.data.since),
      registrations.map((e) => e.streamVersion),
      registrations.map((e) => e.globalPosition),
      registrations.map((e) => e.recordedAt),
    ],
  );
}

import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { LotHarvested } from '#tamga/domain';

/**
 * One row per lot: what it is, where it comes from, what it holds. A harvest creates the row;
 * a redelivered harvest finds it there and changes nothing.
 */
export async function projectLotSummary(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const harvests = events.filter((e) => e.type === 'lot.harvested') as EventEnvelope<LotHarvested['data']>[];
  if (harvests.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.lots
       (lot_id, product_id, village_id, producer_id, harvested_amount, on_hand_amount, unit,
        harvested_at, latitude, longitude, version, recorded_at)
     SELECT lot_id, product_id, village_id, producer_id, amount, amount, unit,
            harvested_at, latitude, longitude, version, recorded_at
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::numeric[], $6::text[],
                   $7::timestamptz[], $8::float8[], $9::float8[], $10::int[], $11::timestamptz[])
         AS h(lot_id, product_id, village_id, producer_id, amount, unit, harvested_at, latitude, longitude, version, recorded_at)
     ON CONFLICT (lot_id) DO NOTHING`,
    [
      harvests.map((e) => e.data.lotId),
      harvests.map((e) => e.data.productId),
      harvests.map((e) => e.data.villageId),
      harvests.map((e) => e.data.producerId),
      harvests.map((e) => e.data.quantity.amount),
      harvests.map((e) => e.data.quantity.unit),
      harvests.map((e) => e.data.harvestedAt),
      harvests.map((e) => e.data.location.latitude),
      harvests.map((e) => e.data.location.longitude),
      harvests.map((e) => e.streamVersion),
      harvests.map((e) => e.recordedAt),
    ],
  );
}

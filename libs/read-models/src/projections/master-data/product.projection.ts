import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Product } from '#tamga/domain';
import { latestPerStream } from './latest-per-stream';

/** One row per product, at its latest version; a redelivered or older version changes nothing. */
export async function projectProducts(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const products = latestPerStream<Product>(events, 'product', ['product.registered', 'product.revised']);
  if (products.length === 0) return;
  await client.query(
    `INSERT INTO ${schema}.products (product_id, gtin, names, category, unit, yield_bounds, version, global_position, recorded_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::jsonb[], $4::text[], $5::text[], $6::jsonb[], $7::int[], $8::bigint[], $9::timestamptz[])
     ON CONFLICT (product_id) DO UPDATE
       SET gtin = EXCLUDED.gtin, names = EXCLUDED.names, category = EXCLUDED.category, unit = EXCLUDED.unit,
           yield_bounds = EXCLUDED.yield_bounds, version = EXCLUDED.version, global_position = EXCLUDED.global_position,
           recorded_at = EXCLUDED.recorded_at
       WHERE products.version < EXCLUDED.version`,
    [
      products.map((e) => e.data.productId),
      products.map((e) => e.data.gtin),
      products.map((e) => JSON.stringify(e.data.names)),
      products.map((e) => e.data.category),
      products.map((e) => e.data.unit),
      products.map((e) => JSON.stringify(e.data.yieldBounds)),
      products.map((e) => e.data.version),
      products.map((e) => e.globalPosition),
      products.map((e) => e.recordedAt),
    ],
  );
}

import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerMasterData } from './consumer-page-records';

/** How many of a product's lots its page lists. */
export const RECENT_LOTS = 10;

type ProductRecord = ConsumerMasterData['products'] extends ReadonlyMap<string, infer P> ? P : never;

/**
 * The product a GTIN names and its latest lots (newest first), for `/01/{gtin}`; null when no
 * product has the GTIN. GTINs are not yet unique across products in master data (ADR 0010): of
 * two, the first by id answers.
 */
export async function findConsumerProduct(
  pool: Pool,
  gtin14: string,
): Promise<{ product: ProductRecord; lots: { lotId: string; createdAt: string; villageId: string | null; version: number }[] } | null> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const products = await pool.query<{ product_id: string; gtin: string; names: Record<string, string>; category: string; unit: string; version: number }>(
    `SELECT product_id, gtin, names, category, unit, version FROM ${s}.products WHERE gtin = $1 ORDER BY product_id LIMIT 1`,
    [gtin14],
  );
  if (products.rows.length === 0) return null;
  const p = products.rows[0];
  const lots = await pool.query<{ lot_id: string; created_at: Date; village_id: string | null; version: number }>(
    `SELECT lot_id, created_at, village_id, version FROM ${s}.lots WHERE product_id = $1 ORDER BY created_at DESC, lot_id LIMIT $2`,
    [p.product_id, RECENT_LOTS],
  );
  return {
    product: { productId: p.product_id, gtin: p.gtin, names: p.names, category: p.category, unit: p.unit, version: p.version },
    lots: lots.rows.map((l) => ({ lotId: l.lot_id, createdAt: l.created_at.toISOString(), villageId: l.village_id, version: l.version })),
  };
}

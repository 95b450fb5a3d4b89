import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerMasterData } from './consumer-page-records';

type Names = Record<string, string>;

/** How far up from a named place the page follows parents (facility → village → district → region). */
const MAX_PLACE_ANCESTORS = 4;

/**
 * The products, places (with every place above them, for "Tamga, Jeti-Oguz District, Issyk-Kul
 * Region") and schemes a page names, each its latest version. Ids not (yet) projected are simply
 * absent: the page shows an id where it has no name.
 */
export async function findConsumerMasterData(
  pool: Pool,
  refs: { readonly productIds: readonly string[]; readonly placeIds: readonly string[]; readonly schemeIds: readonly string[] },
): Promise<ConsumerMasterData> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const [products, places, schemes] = await Promise.all([
    pool.query<{ product_id: string; gtin: string; names: Names; category: string; unit: string; version: number }>(
      `SELECT product_id, gtin, names, category, unit, version FROM ${s}.products WHERE product_id = ANY($1::text[])`,
      [refs.productIds],
    ),
    pool.query<{ place_id: string; kind: string; names: Names; parent_id: string | null; geometry: { type: string; coordinates: unknown } | null; version: number }>(
      `WITH RECURSIVE named AS (
         SELECT place_id, kind, names, parent_id, geometry, version, 0 AS depth FROM ${s}.places WHERE place_id = ANY($1::text[])
         UNION ALL
         SELECT p.place_id, p.kind, p.names, p.parent_id, p.geometry, p.version, n.depth + 1
           FROM ${s}.places p JOIN named n ON p.place_id = n.parent_id
          WHERE n.depth < $2
       )
       SELECT DISTINCT ON (place_id) place_id, kind, names, parent_id, geometry, version FROM named ORDER BY place_id`,
      [refs.placeIds, MAX_PLACE_ANCESTORS],
    ),
    pool.query<{ scheme_id: string; kind: string; names: Names; version: number }>(
      `SELECT scheme_id, kind, names, version FROM ${s}.schemes WHERE scheme_id = ANY($1::text[])`,
      [refs.schemeIds],
    ),
  ]);
  return {
    products: new Map(products.rows.map((r) => [r.product_id, { productId: r.product_id, gtin: r.gtin, names: r.names, category: r.category, unit: r.unit, version: r.version }])),
    places: new Map(
      places.rows.map((r) => [r.place_id, { placeId: r.place_id, kind: r.kind, names: r.names, parentId: r.parent_id, geometry: r.geometry, version: r.version }]),
    ),
    schemes: new Map(schemes.rows.map((r) => [r.scheme_id, { schemeId: r.scheme_id, kind: r.kind, names: r.names, version: r.version }])),
  };
}

import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerMasterData } from './consumer-page-records';

type Names = Record<string, string>;

interface Row {
  products: { productId: string; gtin: string; names: Names; category: string; unit: string; version: number }[];
  places: { placeId: string; kind: string; names: Names; parentId: string | null; geometry: { type: string; coordinates: unknown } | null; version: number }[];
  schemes: { schemeId: string; kind: string; names: Names; version: number }[];
}

/**
 * The products, places (with the places above them, four levels up: facility → village → district
 * → region, for "Tamga, Jeti-Oguz District, Issyk-Kul Region") and schemes a page names, each its
 * latest version, in one round trip. Ids not (yet) projected are simply absent: the page shows an
 * id where it has no name.
 */
export async function findConsumerMasterData(
  pool: Pool,
  refs: { readonly productIds: readonly string[]; readonly placeIds: readonly string[]; readonly schemeIds: readonly string[] },
): Promise<ConsumerMasterData> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const { rows } = await pool.query<Row>(
    // The ancestors level by level, each an indexed lookup of an array (an InitPlan): a recursive
    // walk was planned as a hash join over every place (13 ms at 27,000 places; this: about 3).
    `WITH
       l0 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY($2::text[])),
       l1 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l0 WHERE parent_id IS NOT NULL))),
       l2 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l1 WHERE parent_id IS NOT NULL))),
       l3 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l2 WHERE parent_id IS NOT NULL))),
       l4 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l3 WHERE parent_id IS NOT NULL))),
       named AS (SELECT place_id FROM l0 UNION SELECT place_id FROM l1 UNION SELECT place_id FROM l2
                 UNION SELECT place_id FROM l3 UNION SELECT place_id FROM l4)
     SELECT
       (SELECT coalesce(json_agg(json_build_object('productId', product_id, 'gtin', gtin, 'names', names, 'category', category, 'unit', unit, 'version', version)), '[]')
          FROM ${s}.products WHERE product_id = ANY($1::text[])) AS products,
       (SELECT coalesce(json_agg(json_build_object('placeId', place_id, 'kind', kind, 'names', names, 'parentId', parent_id, 'geometry', geometry, 'version', version)), '[]')
          FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT place_id FROM named))) AS places,
       (SELECT coalesce(json_agg(json_build_object('schemeId', scheme_id, 'kind', kind, 'names', names, 'version', version)), '[]')
          FROM ${s}.schemes WHERE scheme_id = ANY($3::text[])) AS schemes`,
    [refs.productIds, refs.placeIds, refs.schemeIds],
  );
  const { products, places, schemes } = rows[0];
  return {
    products: new Map(products.map((p) => [p.productId, p])),
    places: new Map(places.map((p) => [p.placeId, p])),
    schemes: new Map(schemes.map((x) => [x.schemeId, x])),
  };
}

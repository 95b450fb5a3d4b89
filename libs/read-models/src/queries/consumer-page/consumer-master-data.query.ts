import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerMasterData } from './consumer-page-records';

type Names = Record<string, string>;

// Rows as JSON arrays, not objects: a jam lot's page names over a hundred places.
type ProductTuple = [productId: string, gtin: string, names: Names, category: string, unit: string, version: number];
type PlaceTuple = [placeId: string, kind: string, names: Names, parentId: string | null, geometry: { type: string; coordinates: unknown } | null, version: number];
type SchemeTuple = [schemeId: string, kind: string, names: Names, version: number];

interface Row {
  products: ProductTuple[];
  places: PlaceTuple[];
  schemes: SchemeTuple[];
}

/** The statement, prepared once per connection (a named statement: no planning per page). */
function statement(s: string) {
  return {
    name: `tamga.consumer-master-data.${s}`,
    // The ancestors level by level, each an indexed lookup of an array (an InitPlan): a recursive
    // walk was planned as a hash join over every place (13 ms at 27,000 places; this: about 3).
    text: `WITH
       l0 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY($2::text[])),
       l1 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l0 WHERE parent_id IS NOT NULL))),
       l2 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l1 WHERE parent_id IS NOT NULL))),
       l3 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l2 WHERE parent_id IS NOT NULL))),
       l4 AS (SELECT place_id, parent_id FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT parent_id FROM l3 WHERE parent_id IS NOT NULL))),
       named AS (SELECT place_id FROM l0 UNION SELECT place_id FROM l1 UNION SELECT place_id FROM l2
                 UNION SELECT place_id FROM l3 UNION SELECT place_id FROM l4)
     SELECT
       (SELECT coalesce(json_agg(json_build_array(product_id, gtin, names, category, unit, version)), '[]')
          FROM ${s}.products WHERE product_id = ANY($1::text[])) AS products,
       (SELECT coalesce(json_agg(json_build_array(place_id, kind, names, parent_id, geometry, version)), '[]')
          FROM ${s}.places WHERE place_id = ANY(ARRAY(SELECT place_id FROM named))) AS places,
       (SELECT coalesce(json_agg(json_build_array(scheme_id, kind, names, version)), '[]')
          FROM ${s}.schemes WHERE scheme_id = ANY($3::text[])) AS schemes`,
  };
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
  const { rows } = await pool.query<Row>({ ...statement(LIVE_READ_MODEL_SCHEMA), values: [refs.productIds, refs.placeIds, refs.schemeIds] });
  const { products, places, schemes } = rows[0];
  return {
    products: new Map(products.map(([productId, gtin, names, category, unit, version]) => [productId, { productId, gtin, names, category, unit, version }])),
    places: new Map(places.map(([placeId, kind, names, parentId, geometry, version]) => [placeId, { placeId, kind, names, parentId, geometry, version }])),
    schemes: new Map(schemes.map(([schemeId, kind, names, version]) => [schemeId, { schemeId, kind, names, version }])),
  };
}

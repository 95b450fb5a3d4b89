import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { ConsumerMasterData } from './consumer-page-records';

type Names = Record<string, string>;

/** How far up from a named place the page follows parents (facility → village → district → region). */
const MAX_PLACE_ANCESTORS = 4;

interface Row {
  products: { productId: string; gtin: string; names: Names; category: string; unit: string; version: number }[];
  places: { placeId: string; kind: string; names: Names; parentId: string | null; geometry: { type: string; coordinates: unknown } | null; version: number }[];
  schemes: { schemeId: string; kind: string; names: Names; version: number }[];
}

/**
 * The products, places (with every place above them, for "Tamga, Jeti-Oguz District, Issyk-Kul
 * Region") and schemes a page names, each its latest version, in one round trip. Ids not (yet)
 * projected are simply absent: the page shows an id where it has no name.
 */
export async function findConsumerMasterData(
  pool: Pool,
  refs: { readonly productIds: readonly string[]; readonly placeIds: readonly string[]; readonly schemeIds: readonly string[] },
): Promise<ConsumerMasterData> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const { rows } = await pool.query<Row>(
    `WITH RECURSIVE named AS (
       SELECT place_id, parent_id, 0 AS depth FROM ${s}.places WHERE place_id = ANY($2::text[])
       UNION
       SELECT p.place_id, p.parent_id, n.depth + 1 FROM ${s}.places p JOIN named n ON p.place_id = n.parent_id WHERE n.depth < $4
     )
     SELECT
       (SELECT coalesce(json_agg(json_build_object('productId', product_id, 'gtin', gtin, 'names', names, 'category', category, 'unit', unit, 'version', version)), '[]')
          FROM ${s}.products WHERE product_id = ANY($1::text[])) AS products,
       (SELECT coalesce(json_agg(json_build_object('placeId', place_id, 'kind', kind, 'names', names, 'parentId', parent_id, 'geometry', geometry, 'version', version)), '[]')
          FROM ${s}.places WHERE place_id IN (SELECT place_id FROM named)) AS places,
       (SELECT coalesce(json_agg(json_build_object('schemeId', scheme_id, 'kind', kind, 'names', names, 'version', version)), '[]')
          FROM ${s}.schemes WHERE scheme_id = ANY($3::text[])) AS schemes`,
    [refs.productIds, refs.placeIds, refs.schemeIds, MAX_PLACE_ANCESTORS],
  );
  const { products, places, schemes } = rows[0];
  return {
    products: new Map(products.map((p) => [p.productId, p])),
    places: new Map(places.map((p) => [p.placeId, p])),
    schemes: new Map(schemes.map((x) => [x.schemeId, x])),
  };
}

import { Pool } from 'pg';
import { LocalisedNames, ProductCategory, UnitCode, YieldBound } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { MasterDataPage, PageRequest, pageOf } from './master-data-page';

/** A product as the provenance API shows it: its latest version. */
export interface ProductView {
  readonly productId: string;
  readonly gtin: string;
  readonly names: LocalisedNames;
  readonly category: ProductCategory;
  readonly unit: UnitCode;
  readonly yieldBounds: readonly YieldBound[];
  readonly version: number;
  readonly recordedAt: string;
}

interface ProductRow {
  product_id: string;
  gtin: string;
  names: LocalisedNames;
  category: ProductCategory;
  unit: UnitCode;
  yield_bounds: YieldBound[];
  version: number;
  recorded_at: Date;
}

const COLUMNS = 'product_id, gtin, names, category, unit, yield_bounds, version, recorded_at';

function viewOf(row: ProductRow): ProductView {
  return {
    productId: row.product_id,
    gtin: row.gtin,
    names: row.names,
    category: row.category,
    unit: row.unit,
    yieldBounds: row.yield_bounds,
    version: row.version,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** A product from the live read model; null if none is projected under this id. */
export async function findProduct(pool: Pool, productId: string): Promise<ProductView | null> {
  const { rows } = await pool.query<ProductRow>(`SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.products WHERE product_id = $1`, [productId]);
  return rows.length === 0 ? null : viewOf(rows[0]);
}

/** Products in id order, of one category if asked. */
export async function listProducts(pool: Pool, filter: { readonly category?: string }, page: PageRequest): Promise<MasterDataPage<ProductView>> {
  const { rows } = await pool.query<ProductRow>(
    `SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.products
      WHERE ($1::text IS NULL OR category = $1) AND ($2::text IS NULL OR product_id > $2)
      ORDER BY product_id LIMIT $3`,
    [filter.category ?? null, page.after ?? null, page.limit + 1],
  );
  return pageOf(rows.map(viewOf), page.limit, (p) => p.productId);
}

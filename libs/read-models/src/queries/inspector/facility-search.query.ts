import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';

/** A place found by name or id. */
export interface FoundPlaceRow {
  readonly placeId: string;
  readonly kind: string;
  readonly names: Record<string, string> | null;
}

/** Kinds that are not facilities: an inspector balances a workshop or a shop, not a region. */
const NOT_FACILITIES = ['region', 'district', 'city'];

/**
 * Places whose id or name in any language contains the text (case-insensitive), facilities and
 * villages only, at most `limit`, by id. LIKE's own wildcards in the text are matched literally.
 * A sequential scan of places: master data is small, and this is an inspector's search, not a hot path.
 */
export async function searchFacilities(pool: Pool, text: string, limit: number, schema = LIVE_READ_MODEL_SCHEMA): Promise<FoundPlaceRow[]> {
  const s = assertSchemaName(schema);
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const { rows } = await pool.query<FoundPlaceRow>(
    `SELECT place_id AS "placeId", kind, names FROM ${s}.places
      WHERE kind <> ALL($2::text[])
        AND (place_id ILIKE $1 OR EXISTS (SELECT 1 FROM jsonb_each_text(names::jsonb) n WHERE n.value ILIKE $1))
      ORDER BY place_id LIMIT $3`,
    [pattern, NOT_FACILITIES, limit],
  );
  return rows;
}

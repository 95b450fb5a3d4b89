import { Pool } from 'pg';
import { LocalisedNames, PlaceGeometry, PlaceKind } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { MasterDataPage, PageRequest, pageOf } from './master-data-page';

/** A place as the provenance API shows it: its latest version. */
export interface PlaceView {
  readonly placeId: string;
  readonly kind: PlaceKind;
  readonly gln: string;
  readonly names: LocalisedNames;
  readonly parentId: string | null;
  readonly geometry: PlaceGeometry | null;
  readonly version: number;
  readonly recordedAt: string;
}

interface PlaceRow {
  place_id: string;
  kind: PlaceKind;
  gln: string;
  names: LocalisedNames;
  parent_id: string | null;
  geometry: PlaceGeometry | null;
  version: number;
  recorded_at: Date;
}

const COLUMNS = 'place_id, kind, gln, names, parent_id, geometry, version, recorded_at';

function viewOf(row: PlaceRow): PlaceView {
  return {
    placeId: row.place_id,
    kind: row.kind,
    gln: row.gln,
    names: row.names,
    parentId: row.parent_id,
    geometry: row.geometry,
    version: row.version,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** A place from the live read model; null if none is projected under this id. */
export async function findPlace(pool: Pool, placeId: string): Promise<PlaceView | null> {
  const { rows } = await pool.query<PlaceRow>(`SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.places WHERE place_id = $1`, [placeId]);
  return rows.length === 0 ? null : viewOf(rows[0]);
}

/** Places in id order, of one kind if asked. */
export async function listPlaces(pool: Pool, filter: { readonly kind?: string }, page: PageRequest): Promise<MasterDataPage<PlaceView>> {
  const { rows } = await pool.query<PlaceRow>(
    `SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.places
      WHERE ($1::text IS NULL OR kind = $1) AND ($2::text IS NULL OR place_id > $2)
      ORDER BY place_id LIMIT $3`,
    [filter.kind ?? null, page.after ?? null, page.limit + 1],
  );
  return pageOf(rows.map(viewOf), page.limit, (p) => p.placeId);
}

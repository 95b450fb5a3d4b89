import { Pool } from 'pg';
import { LocalisedNames, SchemeKind } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';

/** A brand or certification scheme as the provenance API shows it: its latest version and its issuer. */
export interface SchemeView {
  readonly schemeId: string;
  readonly kind: SchemeKind;
  readonly names: LocalisedNames;
  readonly issuerPartyId: string;
  readonly regionId: string | null;
  readonly version: number;
  readonly recordedAt: string;
}

interface SchemeRow {
  scheme_id: string;
  kind: SchemeKind;
  names: LocalisedNames;
  issuer_party_id: string;
  region_id: string | null;
  version: number;
  recorded_at: Date;
}

/** A scheme from the live read model; null if none is projected under this id. */
export async function findScheme(pool: Pool, schemeId: string): Promise<SchemeView | null> {
  const { rows } = await pool.query<SchemeRow>(
    `SELECT scheme_id, kind, names, issuer_party_id, region_id, version, recorded_at
       FROM ${LIVE_READ_MODEL_SCHEMA}.schemes WHERE scheme_id = $1`,
    [schemeId],
  );
  if (rows.length === 0) return null;
  const row = rows[0];
  return {
    schemeId: row.scheme_id,
    kind: row.kind,
    names: row.names,
    issuerPartyId: row.issuer_party_id,
    regionId: row.region_id,
    version: row.version,
    recordedAt: row.recorded_at.toISOString(),
  };
}

import { Pool } from 'pg';
import { PartyKind } from '#tamga/domain';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';
import { MasterDataPage, PageRequest, pageOf } from './master-data-page';

/** A party as the public sees it: roles, memberships, places operated. Never a name, phone or address. */
export interface PartyView {
  readonly partyId: string;
  readonly kinds: readonly PartyKind[];
  readonly memberOfIds: readonly string[];
  readonly operatesPlaceIds: readonly string[];
  readonly version: number;
  readonly recordedAt: string;
}

interface PartyRow {
  party_id: string;
  kinds: PartyKind[];
  member_of_ids: string[];
  operates_place_ids: string[];
  version: number;
  recorded_at: Date;
}

const COLUMNS = 'party_id, kinds, member_of_ids, operates_place_ids, version, recorded_at';

function viewOf(row: PartyRow): PartyView {
  return {
    partyId: row.party_id,
    kinds: row.kinds,
    memberOfIds: row.member_of_ids,
    operatesPlaceIds: row.operates_place_ids,
    version: row.version,
    recordedAt: row.recorded_at.toISOString(),
  };
}

/** A party from the live read model; null if none is projected under this id. */
export async function findParty(pool: Pool, partyId: string): Promise<PartyView | null> {
  const { rows } = await pool.query<PartyRow>(`SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.parties WHERE party_id = $1`, [partyId]);
  return rows.length === 0 ? null : viewOf(rows[0]);
}

/** Parties in id order, holding one kind if asked. */
export async function listParties(pool: Pool, filter: { readonly kind?: string }, page: PageRequest): Promise<MasterDataPage<PartyView>> {
  const { rows } = await pool.query<PartyRow>(
    `SELECT ${COLUMNS} FROM ${LIVE_READ_MODEL_SCHEMA}.parties
      WHERE ($1::text IS NULL OR kinds @> ARRAY[$1::text]) AND ($2::text IS NULL OR party_id > $2)
      ORDER BY party_id LIMIT $3`,
    [filter.kind ?? null, page.after ?? null, page.limit + 1],
  );
  return pageOf(rows.map(viewOf), page.limit, (p) => p.partyId);
}

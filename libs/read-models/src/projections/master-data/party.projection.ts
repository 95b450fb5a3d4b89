import { PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Party } from '#tamga/domain';
import { latestPerStream } from './latest-per-stream';

/**
 * One row per party, at its latest version: roles, memberships, places operated. Built from
 * events, which carry no personal data, so this table cannot hold any either.
 */
export async function projectParties(client: PoolClient, schema: string, events: readonly EventEnvelope[]): Promise<void> {
  const parties = latestPerStream<Party>(events, 'party', ['party.registered', 'party.revised']);
  if (parties.length === 0) return;
  // Arrays of arrays do not survive unnest (it flattens them): each list travels as jsonb.
  await client.query(
    `INSERT INTO ${schema}.parties (party_id, kinds, member_of_ids, operates_place_ids, version, global_position, recorded_at)
     SELECT p.party_id,
            ARRAY(SELECT jsonb_array_elements_text(p.kinds)),
            ARRAY(SELECT jsonb_array_elements_text(p.member_of_ids)),
            ARRAY(SELECT jsonb_array_elements_text(p.operates_place_ids)),
            p.version, p.global_position, p.recorded_at
       FROM unnest($1::text[], $2::jsonb[], $3::jsonb[], $4::jsonb[], $5::int[], $6::bigint[], $7::timestamptz[])
         AS p(party_id, kinds, member_of_ids, operates_place_ids, version, global_position, recorded_at)
     ON CONFLICT (party_id) DO UPDATE
       SET kinds = EXCLUDED.kinds, member_of_ids = EXCLUDED.member_of_ids, operates_place_ids = EXCLUDED.operates_place_ids,
           version = EXCLUDED.version, global_position = EXCLUDED.global_position, recorded_at = EXCLUDED.recorded_at
       WHERE parties.version < EXCLUDED.version`,
    [
      parties.map((e) => e.data.partyId),
      parties.map((e) => JSON.stringify(e.data.kinds)),
      parties.map((e) => JSON.stringify(e.data.memberOfIds)),
      parties.map((e) => JSON.stringify(e.data.operatesPlaceIds)),
      parties.map((e) => e.data.version),
      parties.map((e) => e.globalPosition),
      parties.map((e) => e.recordedAt),
    ],
  );
}

import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import { PartyPersonalDetails } from '#tamga/domain';
import { PG_POOL } from '#tamga/platform';

interface DetailsRow {
  party_id: string;
  person_name: string;
  phone: string | null;
  address: string | null;
}

/**
 * The erasable table of personal details (master_data.party_personal_details). Unlike events,
 * a row is replaced whole on each save and deleted on erasure: no earlier value is kept.
 */
@Injectable()
export class PartyPersonalDetailsStore {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** Stores a party's details, replacing whatever was there (an absent phone or address is cleared). */
  async save(details: PartyPersonalDetails): Promise<void> {
    await this.pool.query(
      `INSERT INTO master_data.party_personal_details (party_id, person_name, phone, address)
       VALUES ($1, $2, $3, $4)
       ON CONFLICT (party_id) DO UPDATE
         SET person_name = EXCLUDED.person_name, phone = EXCLUDED.phone, address = EXCLUDED.address, updated_at = clock_timestamp()`,
      [details.partyId, details.personName, details.phone ?? null, details.address ?? null],
    );
  }

  /** A party's details, or null when none are kept (never recorded, or erased). */
  async find(partyId: string): Promise<PartyPersonalDetails | null> {
    const { rows } = await this.pool.query<DetailsRow>(
      'SELECT party_id, person_name, phone, address FROM master_data.party_personal_details WHERE party_id = $1',
      [partyId],
    );
    if (rows.length === 0) return null;
    const row = rows[0];
    return {
      partyId: row.party_id,
      personName: row.person_name,
      ...(row.phone !== null && { phone: row.phone }),
      ...(row.address !== null && { address: row.address }),
    };
  }

  /** Erases a party's details; true if there were any. */
  async erase(partyId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('DELETE FROM master_data.party_personal_details WHERE party_id = $1', [partyId]);
    return (rowCount ?? 0) > 0;
  }
}

import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA } from '../../read-model-schema';

/** The products a village is registered for under OVOP, and since when. */
export interface VillageSpecialisationsView {
  readonly villageId: string;
  readonly specialisations: readonly { readonly productId: string; readonly since: string }[];
}

/**
 * A village's specialisations, oldest first; null if no such village is projected (a village
 * with no specialisation yet has an empty list). Read in one statement, so the village and its
 * specialisations come from the same projector commit.
 */
export async function findVillageSpecialisations(pool: Pool, villageId: string): Promise<VillageSpecialisationsView | null> {
  const s = LIVE_READ_MODEL_SCHEMA;
  const { rows } = await pool.query<{ found: boolean; product_id: string | null; since: string | null }>(
    `SELECT true AS found, v.product_id, to_char(v.since, 'YYYY-MM-DD') AS since
       FROM ${s}.places AS p LEFT JOIN ${s}.village_specialisations AS v ON v.village_id = p.place_id
      WHERE p.place_id = $1
      ORDER BY v.since, v.product_id`,
    [villageId],
  );
  if (rows.length === 0) return null;
  return {
    villageId,
    specialisations: rows.filter((r) => r.product_id !== null).map((r) => ({ productId: r.product_id!, since: r.since! })),
  };
}

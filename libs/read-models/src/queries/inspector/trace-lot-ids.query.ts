import { Pool } from 'pg';
import { LIVE_READ_MODEL_SCHEMA, assertSchemaName } from '../../read-model-schema';
import { jsonRows } from './sql-helpers';
import { traceWalkCtes } from './trace-walk';

/** The lots of a lot's trace, and whether the depth bound stopped either walk. */
export interface TraceLotIds {
  readonly lotIds: readonly string[];
  readonly depthLimitReached: boolean;
}

/**
 * The lot, every lot it was made from and every lot made from it, as an inspector's trace reads
 * them (siblings, such as the other output of an extraction, are not followed). Null for a lot
 * not projected.
 */
export async function traceLotIds(pool: Pool, lotId: string, maxDepth: number, schema = LIVE_READ_MODEL_SCHEMA): Promise<TraceLotIds | null> {
  const s = assertSchemaName(schema);
  const walk = async (direction: 'upstream' | 'downstream') => {
    const from = direction === 'upstream' ? 'output_lot_id' : 'input_lot_id';
    const { rows } = await pool.query<{ lots: { lotId: string }[]; stopped: boolean }>(
      `${traceWalkCtes(s, direction)}
       SELECT ${jsonRows(`SELECT lot_id AS "lotId" FROM reached`)} AS lots,
              EXISTS (SELECT 1 FROM reached r WHERE r.depth >= $2 AND EXISTS (SELECT 1 FROM ${s}.lot_links l WHERE l.${from} = r.lot_id)) AS stopped`,
      [lotId, maxDepth],
    );
    return rows[0];
  };
  const [{ rows: known }, up, down] = await Promise.all([pool.query(`SELECT 1 FROM ${s}.lots WHERE lot_id = $1`, [lotId]), walk('upstream'), walk('downstream')]);
  if (known.length === 0) return null;
  return { lotIds: [...new Set([...up.lots, ...down.lots].map((l) => l.lotId))].sort(), depthLimitReached: up.stopped || down.stopped };
}

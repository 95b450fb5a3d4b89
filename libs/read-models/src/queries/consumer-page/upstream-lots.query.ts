import { PoolClient } from 'pg';

/** How many generations of inputs the page follows back: deeper than any real chain, and a stop for a cycle. */
export const MAX_UPSTREAM_DEPTH = 32;

/** How many upstream lots the page reads at most (a blend of a whole season's harvests stays readable). */
export const MAX_UPSTREAM_LOTS = 2_000;

/**
 * The lots a lot was made from, transitively, each at its nearest distance, read from the
 * genealogy read model (`lot_links`, by its primary key: output → inputs). UNION keeps each (lot,
 * depth) once, so a cycle in a corrupt record repeats only until the depth bound. The walk is
 * complete unless the size bound cut it or a lot at the depth bound still has inputs. One
 * statement, in the caller's snapshot, so it sees the same projector commit as the lot itself.
 */
export async function upstreamLotIds(client: PoolClient, schema: string, lotId: string): Promise<{ ids: { lotId: string; depth: number }[]; complete: boolean }> {
  const { rows } = await client.query<{ lot_id: string; depth: number; cut: boolean }>(
    `WITH RECURSIVE upstream(lot_id, depth) AS (
       SELECT $1::text, 0
       UNION
       SELECT l.input_lot_id, u.depth + 1 FROM upstream u JOIN ${schema}.lot_links l ON l.output_lot_id = u.lot_id WHERE u.depth < $2
     ),
     reached AS (SELECT lot_id, min(depth) AS depth FROM upstream WHERE lot_id <> $1 GROUP BY lot_id)
     SELECT lot_id, depth::int AS depth,
            depth >= $2 AND EXISTS (SELECT 1 FROM ${schema}.lot_links l WHERE l.output_lot_id = reached.lot_id) AS cut
       FROM reached ORDER BY depth, lot_id LIMIT $3`,
    [lotId, MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS + 1],
  );
  const complete = rows.length <= MAX_UPSTREAM_LOTS && !rows.some((r) => r.cut);
  return { ids: rows.slice(0, MAX_UPSTREAM_LOTS).map((r) => ({ lotId: r.lot_id, depth: r.depth })), complete };
}

/** How many generations of inputs the page follows back: deeper than any real chain, and a stop for a cycle. */
export const MAX_UPSTREAM_DEPTH = 32;

/** How many upstream lots the page reads at most (a blend of a whole season's harvests stays readable). */
export const MAX_UPSTREAM_LOTS = 2_000;

/**
 * CTEs `upstream` and `reached`: the lots lot $1 was made from, transitively, each at its nearest
 * distance (at most $2 links), read from the genealogy read model (`lot_links`, by its primary key:
 * output → inputs). UNION keeps each (lot, depth) once, so a cycle in a corrupt record repeats only
 * until the depth bound. `cut` says the bound stopped the walk at a lot that still has inputs.
 */
export function upstreamWalkCtes(s: string): string {
  return `WITH RECURSIVE upstream(lot_id, depth) AS (
       SELECT $1::text, 0
       UNION
       SELECT l.input_lot_id, u.depth + 1 FROM upstream u JOIN ${s}.lot_links l ON l.output_lot_id = u.lot_id WHERE u.depth < $2
     ),
     reached AS (
       SELECT r.lot_id, r.depth, r.depth >= $2 AND EXISTS (SELECT 1 FROM ${s}.lot_links l WHERE l.output_lot_id = r.lot_id) AS cut
         FROM (SELECT lot_id, min(depth)::int AS depth FROM upstream WHERE lot_id <> $1 GROUP BY lot_id) r
     )`;
}

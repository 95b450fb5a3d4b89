import { PoolClient } from 'pg';

/** How many generations of inputs the page follows back: deeper than any real chain, and a stop for a cycle. */
export const MAX_UPSTREAM_DEPTH = 32;

/** How many upstream lots the page reads at most (a blend of a whole season's harvests stays readable). */
export const MAX_UPSTREAM_LOTS = 2_000;

/**
 * The lots a lot was made from, transitively, with how many steps back each is (the nearest path).
 * A lot's first event (stream version 1) is the fact that created it: a harvest, or the
 * transformation, split or merge that output it, whose inputs are the previous generation. So the
 * walk reads one small event per lot, never the copies of a fact on its inputs' streams (a merge
 * of 500 lots is stored 501 times). One statement, in the caller's snapshot.
 *
 * Another engineer is adding a `lot_links` trace read model; when it lands, this walk should
 * read it instead. Until then lot_events holds the same edges.
 */
export async function upstreamLotIds(client: PoolClient, schema: string, lotId: string): Promise<{ ids: { lotId: string; depth: number }[]; complete: boolean }> {
  const { rows } = await client.query<{ lot_id: string; depth: number }>(
    `WITH RECURSIVE upstream(lot_id, depth) AS (
       SELECT $1::text, 0
       UNION
       SELECT input->>'lotId', u.depth + 1
         FROM upstream u
         JOIN ${schema}.lot_events e ON e.lot_id = u.lot_id AND e.stream_version = 1
         CROSS JOIN LATERAL jsonb_array_elements(
           CASE WHEN e.type IN ('lot.transformed', 'lot.split', 'lot.merged') THEN e.data->'inputs' ELSE '[]'::jsonb END) input
        WHERE u.depth < $2
     )
     SELECT lot_id, min(depth)::int AS depth FROM upstream
      WHERE depth > 0 AND lot_id <> $1
      GROUP BY lot_id ORDER BY min(depth), lot_id LIMIT $3`,
    [lotId, MAX_UPSTREAM_DEPTH, MAX_UPSTREAM_LOTS + 1],
  );
  const complete = rows.length <= MAX_UPSTREAM_LOTS && !rows.some((r) => r.depth >= MAX_UPSTREAM_DEPTH);
  return { ids: rows.slice(0, MAX_UPSTREAM_LOTS).map((r) => ({ lotId: r.lot_id, depth: r.depth })), complete };
}

import { consistencyProofFromNodes, fromHex, nodeLookupOf, nodesForConsistency, toHex } from '#tamga/integrity';
import { Queryable } from '../stored-log-nodes';
import { CHECKPOINT_COLUMNS, CheckpointRow, CheckpointView, toCheckpointView } from './checkpoint-view';

/** An RFC 9162 consistency proof between two signed checkpoints. */
export interface ConsistencyProofView {
  readonly from: CheckpointView;
  readonly to: CheckpointView;
  /** Hex hashes, as RFC 9162 §2.1.4 orders them. */
  readonly proof: readonly string[];
}

/** What looking up a consistency proof found: the proof, or which of the two sizes has no checkpoint. */
export type ConsistencyProofLookup =
  | { readonly outcome: 'proof'; readonly proof: ConsistencyProofView }
  | { readonly outcome: 'no-checkpoint'; readonly missing: readonly ('from' | 'to')[] };

/** The consistency proof from the checkpoint of `from` leaves to that of `to` (from ≤ to), in ONE query. */
export async function findConsistencyProof(db: Queryable, from: number, to: number): Promise<ConsistencyProofLookup> {
  const nodes = nodesForConsistency(from, to);
  const { rows } = await db.query<{ from_cp: CheckpointRow | null; to_cp: CheckpointRow | null; nodes: { level: number; index: string; hash: string }[] | null }>(
    `SELECT (SELECT row_to_json(x) FROM (SELECT ${CHECKPOINT_COLUMNS} FROM integrity.checkpoints AS c WHERE c.tree_size = $1) AS x) AS from_cp,
            (SELECT row_to_json(x) FROM (SELECT ${CHECKPOINT_COLUMNS} FROM integrity.checkpoints AS c WHERE c.tree_size = $2) AS x) AS to_cp,
            (SELECT json_agg(json_build_object('level', n.level, 'index', n.index::text, 'hash', encode(n.hash, 'hex')))
               FROM integrity.log_nodes AS n JOIN unnest($3::smallint[], $4::bigint[]) AS w(level, index) ON n.level = w.level AND n.index = w.index) AS nodes`,
    [from, to, nodes.map((n) => n.level), nodes.map((n) => n.index)],
  );
  const row = rows[0];
  if (!row.from_cp || !row.to_cp) {
    return { outcome: 'no-checkpoint', missing: [...(row.from_cp ? [] : ['from' as const]), ...(row.to_cp ? [] : ['to' as const])] };
  }
  const lookup = nodeLookupOf((row.nodes ?? []).map((n) => ({ level: n.level, index: Number(n.index), hash: fromHex(n.hash) })));
  return {
    outcome: 'proof',
    proof: { from: toCheckpointView(row.from_cp), to: toCheckpointView(row.to_cp), proof: consistencyProofFromNodes(from, to, lookup).map(toHex) },
  };
}

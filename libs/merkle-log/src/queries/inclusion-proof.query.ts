import { fromHex, inclusionProofFromNodes, leafHash, nodeLookupOf, toHex } from '#tamga/integrity';
import { Queryable } from '../stored-log-nodes';
import { CHECKPOINT_COLUMNS, CheckpointRow, CheckpointView, toCheckpointView } from './checkpoint-view';

/** An event's RFC 9162 inclusion proof against a signed checkpoint. */
export interface InclusionProofView {
  readonly eventId: string;
  readonly leafIndex: number;
  readonly treeSize: number;
  /** The event's record hash (hex), the leaf's data; the leaf hash is H(0x00 ‖ it). */
  readonly recordHash: string;
  readonly leafHash: string;
  /** Hex hashes, leaf side first. */
  readonly auditPath: readonly string[];
  readonly checkpoint: CheckpointView;
}

/** What looking up an inclusion proof found. */
export type InclusionProofLookup =
  | { readonly outcome: 'unknown-event' }
  | { readonly outcome: 'not-in-log' }
  | { readonly outcome: 'no-checkpoint'; readonly leafIndex: number }
  | { readonly outcome: 'not-in-checkpoint'; readonly leafIndex: number; readonly checkpoint: CheckpointView }
  | { readonly outcome: 'proof'; readonly proof: InclusionProofView };

interface ProofRow {
  event_exists: boolean;
  leaf: { leaf_index: string; record_hash: string } | null;
  checkpoint: CheckpointRow | null;
  nodes: { level: number; index: string; hash: string }[] | null;
}

/**
 * The inclusion proof of an event against the checkpoint of `treeSize` (default: the latest), in
 * ONE query: the leaf, the checkpoint and every stored node the proof may need. The leaf index is
 * only known inside the query, so it fetches a superset of the nodes: each level's sibling of the
 * leaf's ancestor (when that sibling is complete) and the perfect subtrees that tile the tree's
 * right edge (nodesForRoot), of which RFC 9162's path is made.
 */
export async function findInclusionProof(db: Queryable, eventId: string, treeSize: number | null): Promise<InclusionProofLookup> {
  const { rows } = await db.query<ProofRow>(
    `WITH leaf AS (
       SELECT l.leaf_index, encode(l.record_hash, 'hex') AS record_hash FROM integrity.log_leaves AS l WHERE l.event_id = $1::uuid
     ), cp AS (
       SELECT * FROM integrity.checkpoints AS c
        WHERE c.tree_size = coalesce($2::bigint, (SELECT max(tree_size) FROM integrity.checkpoints))
     ), wanted AS (
       SELECT g.level, (leaf.leaf_index >> g.level) # 1 AS index
         FROM leaf, cp, generate_series(0, 62) AS g(level)
        WHERE (cp.tree_size >> g.level) > 0 AND (((leaf.leaf_index >> g.level) # 1) + 1) << g.level <= cp.tree_size
       UNION
       SELECT g.level, (cp.tree_size >> g.level) - 1
         FROM cp, generate_series(0, 62) AS g(level)
        WHERE ((cp.tree_size >> g.level) & 1) = 1
     )
     SELECT EXISTS (SELECT 1 FROM event_store.events AS e WHERE e.event_id = $1::uuid) AS event_exists,
            (SELECT row_to_json(leaf) FROM leaf) AS leaf,
            (SELECT row_to_json(x) FROM (SELECT ${CHECKPOINT_COLUMNS} FROM cp AS c) AS x) AS checkpoint,
            (SELECT json_agg(json_build_object('level', n.level, 'index', n.index::text, 'hash', encode(n.hash, 'hex')))
               FROM integrity.log_nodes AS n JOIN wanted AS w ON n.level = w.level AND n.index = w.index) AS nodes`,
    [eventId, treeSize],
  );
  const row = rows[0];
  if (!row.event_exists) return { outcome: 'unknown-event' };
  if (!row.leaf) return { outcome: 'not-in-log' };
  const leafIndex = Number(row.leaf.leaf_index);
  if (!row.checkpoint) return { outcome: 'no-checkpoint', leafIndex };
  const checkpoint = toCheckpointView(row.checkpoint);
  if (leafIndex >= checkpoint.treeSize) return { outcome: 'not-in-checkpoint', leafIndex, checkpoint };
  const lookup = nodeLookupOf((row.nodes ?? []).map((n) => ({ level: n.level, index: Number(n.index), hash: fromHex(n.hash) })));
  return {
    outcome: 'proof',
    proof: {
      eventId,
      leafIndex,
      treeSize: checkpoint.treeSize,
      recordHash: row.leaf.record_hash,
      leafHash: toHex(leafHash(fromHex(row.leaf.record_hash))),
      auditPath: inclusionProofFromNodes(leafIndex, checkpoint.treeSize, lookup).map(toHex),
      checkpoint,
    },
  };
}

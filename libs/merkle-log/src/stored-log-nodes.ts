import { Pool, PoolClient } from 'pg';
import { NodeId, NodeLookup, StoredNode, nodeLookupOf } from '#tamga/integrity';

/** Something that runs a query: the pool, or a client inside a transaction. */
export type Queryable = Pool | PoolClient;

/** The stored hashes of the given perfect subtrees, in one query, as a lookup (absent ones are undefined). */
export async function readLogNodes(db: Queryable, nodes: readonly NodeId[]): Promise<NodeLookup> {
  if (nodes.length === 0) return () => undefined;
  const { rows } = await db.query<{ level: number; index: string; hash: Buffer }>(
    `SELECT n.level, n.index::text AS index, n.hash
       FROM integrity.log_nodes AS n
       JOIN unnest($1::smallint[], $2::bigint[]) AS wanted(level, index) USING (level, index)`,
    [nodes.map((n) => n.level), nodes.map((n) => n.index)],
  );
  return nodeLookupOf(rows.map((r): StoredNode => ({ level: r.level, index: Number(r.index), hash: new Uint8Array(r.hash) })));
}

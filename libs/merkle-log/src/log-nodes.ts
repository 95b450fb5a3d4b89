import { PoolClient } from 'pg';
import { appendToFrontier, frontierOf, leafHash, nodesForRoot } from '#tamga/integrity';
import { readLogNodes } from './stored-log-nodes';

/**
 * Stores the perfect subtree hashes that `recordHashes`, appended as leaves after the first
 * `size` leaves, complete (level 0: the leaf hashes); returns the new root. The frontier of the
 * tree so far is read back in one query, so any writer can continue where another stopped.
 */
export async function appendLogNodes(client: PoolClient, size: number, recordHashes: readonly Uint8Array[]): Promise<Uint8Array> {
  const frontier = frontierOf(size, await readLogNodes(client, nodesForRoot(size)));
  const appended = appendToFrontier(frontier, recordHashes.map(leafHash));
  await client.query(
    `INSERT INTO integrity.log_nodes (level, index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])`,
    [appended.nodes.map((n) => n.level), appended.nodes.map((n) => n.index), appended.nodes.map((n) => Buffer.from(n.hash))],
  );
  return appended.root;
}

import { EMPTY_TREE_ROOT, nodeHash } from './merkle-hashes';
import { MissingNodeError, nodesForRoot, type NodeLookup, type StoredNode } from './stored-nodes';

/**
 * The compact range [0, size): the roots of the perfect subtrees that tile the tree, largest first,
 * i.e. exactly the nodes {@link nodesForRoot}(size) lists. Appending a leaf merges equal-sized
 * neighbours like a binary counter, so each leaf costs O(log n) and yields the new nodes to store.
 */
export interface Frontier {
  readonly size: number;
  /** Hashes of nodesForRoot(size), in that order. */
  readonly hashes: readonly Uint8Array[];
}

/** The frontier of the empty tree. */
export const EMPTY_FRONTIER: Frontier = { size: 0, hashes: [] };

/** What appending leaves produced: the new frontier, every perfect node it completed (leaves included) and the new root. */
export interface FrontierAppend {
  readonly frontier: Frontier;
  readonly nodes: StoredNode[];
  readonly root: Uint8Array;
}

/** Appends leaf hashes at indexes size, size+1, … and lists the perfect nodes to store. */
export function appendToFrontier(frontier: Frontier, leafHashes: readonly Uint8Array[]): FrontierAppend {
  const hashes = [...frontier.hashes];
  const nodes: StoredNode[] = [];
  let size = frontier.size;
  for (const leaf of leafHashes) {
    let node: StoredNode = { level: 0, index: size, hash: leaf };
    nodes.push(node);
    // The trailing one bits of `size` are the completed subtrees that this leaf now pairs with.
    for (let bits = size; bits % 2 === 1; bits = Math.floor(bits / 2)) {
      node = { level: node.level + 1, index: Math.floor(node.index / 2), hash: nodeHash(hashes.pop()!, node.hash) };
      nodes.push(node);
    }
    hashes.push(node.hash);
    size += 1;
  }
  const next = { size, hashes };
  return { frontier: next, nodes, root: frontierRoot(next) };
}

/** The root hash of the tree a frontier describes. */
export function frontierRoot(frontier: Frontier): Uint8Array {
  if (frontier.hashes.length === 0) return EMPTY_TREE_ROOT;
  let root = frontier.hashes[frontier.hashes.length - 1]!;
  for (let i = frontier.hashes.length - 2; i >= 0; i--) root = nodeHash(frontier.hashes[i]!, root);
  return root;
}

/** Rebuilds a frontier from stored nodes (those {@link nodesForRoot}(size) lists), e.g. when the relay restarts. */
export function frontierOf(size: number, lookup: NodeLookup): Frontier {
  const hashes = nodesForRoot(size).map((node) => {
    const hash = lookup(node);
    if (hash === undefined) throw new MissingNodeError(node);
    return hash;
  });
  return { size, hashes };
}

import { EMPTY_TREE_ROOT, nodeHash } from './merkle-hashes';
import { consistencyRanges, inclusionRanges, type LeafRange } from './tree-ranges';

/**
 * The log stores the hash of every perfect, aligned subtree: node (level, index) covers leaves
 * [index·2^level, (index+1)·2^level), level 0 being the leaf hashes. Any root or proof is then a
 * fixed list of such nodes, known from the sizes alone, so a caller fetches them in one query.
 */

/** A perfect aligned subtree: `level` 0 is a leaf; it covers 2^level leaves from index·2^level. */
export interface NodeId {
  readonly level: number;
  readonly index: number;
}

/** A perfect subtree and its hash, as the log stores it. */
export interface StoredNode extends NodeId {
  readonly hash: Uint8Array;
}

/** Finds a stored node's hash, or undefined if it is not at hand. */
export type NodeLookup = (node: NodeId) => Uint8Array | undefined;

/** Thrown when a node a root or proof needs was not given. */
export class MissingNodeError extends Error {
  constructor(readonly node: NodeId) {
    super(`Merkle node (level ${node.level}, index ${node.index}) is missing`);
    this.name = 'MissingNodeError';
  }
}

/** A lookup over a list of stored nodes (e.g. the rows of one query). */
export function nodeLookupOf(nodes: Iterable<StoredNode>): NodeLookup {
  const byKey = new Map<string, Uint8Array>();
  for (const node of nodes) byKey.set(`${node.level}/${node.index}`, node.hash);
  return (node) => byKey.get(`${node.level}/${node.index}`);
}

/** The perfect aligned subtrees that tile a range, largest first (how its MTH is folded). */
export function perfectNodesOf(range: LeafRange): NodeId[] {
  if (!Number.isSafeInteger(range.start) || !Number.isSafeInteger(range.end) || range.start < 0 || range.end < range.start) {
    throw new RangeError(`Leaves [${range.start}, ${range.end}) are not a range of a tree`);
  }
  const nodes: NodeId[] = [];
  let at = range.start;
  while (at < range.end) {
    let size = 1;
    while (at % (size * 2) === 0 && at + size * 2 <= range.end) size *= 2;
    if (nodes.length > 0 && size >= 2 ** nodes[nodes.length - 1]!.level) {
      // Never happens for the RFC's ranges, whose starts are aligned; folding would then be wrong.
      throw new RangeError(`Leaves [${range.start}, ${range.end}) are not one subtree of an RFC 6962 tree`);
    }
    const level = Math.log2(size);
    nodes.push({ level, index: at / size });
    at += size;
  }
  return nodes;
}

/** Nodes whose hashes give the root of a tree of `treeSize` leaves (none for the empty tree). */
export function nodesForRoot(treeSize: number): NodeId[] {
  return perfectNodesOf({ start: 0, end: treeSize });
}

/** Nodes whose hashes give the inclusion proof of `leafIndex` in a tree of `treeSize` leaves. */
export function nodesForInclusion(leafIndex: number, treeSize: number): NodeId[] {
  return inclusionRanges(leafIndex, treeSize).flatMap(perfectNodesOf);
}

/** Nodes whose hashes give the consistency proof from `oldSize` to `newSize` leaves. */
export function nodesForConsistency(oldSize: number, newSize: number): NodeId[] {
  return consistencyRanges(oldSize, newSize).flatMap(perfectNodesOf);
}

/** MTH of a range from stored nodes: its perfect subtrees folded from the right. */
export function rangeHash(range: LeafRange, lookup: NodeLookup): Uint8Array {
  const hashes = perfectNodesOf(range).map((node) => {
    const hash = lookup(node);
    if (hash === undefined) throw new MissingNodeError(node);
    return hash;
  });
  if (hashes.length === 0) return EMPTY_TREE_ROOT;
  let hash = hashes[hashes.length - 1]!;
  for (let i = hashes.length - 2; i >= 0; i--) hash = nodeHash(hashes[i]!, hash);
  return hash;
}

/** The root hash of a tree of `treeSize` leaves, from the nodes {@link nodesForRoot} lists. */
export function rootFromNodes(treeSize: number, lookup: NodeLookup): Uint8Array {
  return rangeHash({ start: 0, end: treeSize }, lookup);
}

/** The RFC 9162 inclusion proof (leaf side first), from the nodes {@link nodesForInclusion} lists. */
export function inclusionProofFromNodes(leafIndex: number, treeSize: number, lookup: NodeLookup): Uint8Array[] {
  return inclusionRanges(leafIndex, treeSize).map((range) => rangeHash(range, lookup));
}

/** The RFC 9162 consistency proof, from the nodes {@link nodesForConsistency} lists. */
export function consistencyProofFromNodes(oldSize: number, newSize: number, lookup: NodeLookup): Uint8Array[] {
  return consistencyRanges(oldSize, newSize).map((range) => rangeHash(range, lookup));
}

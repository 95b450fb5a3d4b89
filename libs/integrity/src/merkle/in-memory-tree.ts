import { appendToFrontier, EMPTY_FRONTIER } from './frontier';
import { consistencyProofFromNodes, inclusionProofFromNodes, nodeLookupOf, rootFromNodes, type NodeLookup } from './stored-nodes';

/**
 * Roots and proofs over a list of leaf hashes held in memory (a bundle's verifier, tests, small
 * logs): the same stored-node path the log uses, over every perfect node of the list.
 */

/** MTH (RFC 9162 §2.1.1) of a list of leaf hashes. */
export function merkleTreeHash(leafHashes: readonly Uint8Array[]): Uint8Array {
  return rootFromNodes(leafHashes.length, allNodes(leafHashes));
}

/** The inclusion proof of leaf `leafIndex` in the tree of these leaf hashes, leaf side first. */
export function inclusionProof(leafIndex: number, leafHashes: readonly Uint8Array[]): Uint8Array[] {
  return inclusionProofFromNodes(leafIndex, leafHashes.length, allNodes(leafHashes));
}

/** The consistency proof from the tree of the first `oldSize` leaf hashes to the tree of all of them. */
export function consistencyProof(oldSize: number, leafHashes: readonly Uint8Array[]): Uint8Array[] {
  return consistencyProofFromNodes(oldSize, leafHashes.length, allNodes(leafHashes));
}

function allNodes(leafHashes: readonly Uint8Array[]): NodeLookup {
  return nodeLookupOf(appendToFrontier(EMPTY_FRONTIER, leafHashes).nodes);
}

import { HASH_BYTES, nodeHash, sameHash } from './merkle-hashes';

/**
 * RFC 9162 §2.1.3.2: the root an inclusion proof leads to, or null if the proof cannot be one for
 * this index and size (wrong length, an element that is not a hash).
 */
export function rootFromInclusionProof(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
): Uint8Array | null {
  if (!isIndex(leafIndex) || !isIndex(treeSize) || leafIndex >= treeSize) return null;
  if (leafHash.length !== HASH_BYTES || proof.some((p) => p.length !== HASH_BYTES)) return null;
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r = leafHash;
  for (const p of proof) {
    if (sn === 0) return null;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      // A right-edge node with no right sibling is promoted: skip the levels it rises through.
      while (fn % 2 === 0 && fn !== 0) {
        fn = Math.floor(fn / 2);
        sn = Math.floor(sn / 2);
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = Math.floor(fn / 2);
    sn = Math.floor(sn / 2);
  }
  return sn === 0 ? r : null;
}

/** Whether `proof` proves the leaf hash is leaf `leafIndex` of the tree of `treeSize` leaves with this root (RFC 9162 §2.1.3.2). */
export function verifyInclusion(
  leafIndex: number,
  treeSize: number,
  leafHash: Uint8Array,
  proof: readonly Uint8Array[],
  root: Uint8Array,
): boolean {
  const computed = rootFromInclusionProof(leafIndex, treeSize, leafHash, proof);
  return computed !== null && sameHash(computed, root);
}

function isIndex(n: number): boolean {
  return Number.isSafeInteger(n) && n >= 0;
}

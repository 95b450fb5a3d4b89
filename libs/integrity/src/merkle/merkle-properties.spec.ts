import { createHash } from 'node:crypto';
import { toHex } from '../encoding/hex';
import { appendToFrontier, EMPTY_FRONTIER, frontierOf, frontierRoot } from './frontier';
import { leafHash, nodeHash } from './merkle-hashes';
import {
  consistencyProofFromNodes,
  inclusionProofFromNodes,
  MissingNodeError,
  nodeLookupOf,
  nodesForConsistency,
  nodesForInclusion,
  nodesForRoot,
  rootFromNodes,
  type NodeId,
  type NodeLookup,
  type StoredNode,
} from './stored-nodes';
import { verifyConsistency } from './verify-consistency';
import { verifyInclusion } from './verify-inclusion';

// The oracle: RFC 6962 §2.1 written out literally, recursion and all, with no shared code.
const H = (...parts: Uint8Array[]) => new Uint8Array(createHash('sha256').update(Buffer.concat(parts)).digest());
const k = (n: number) => 2 ** Math.ceil(Math.log2(n) - 1);
const mth = (d: Uint8Array[]): Uint8Array =>
  d.length === 0 ? H() : d.length === 1 ? d[0]! : H(Uint8Array.of(1), mth(d.slice(0, k(d.length))), mth(d.slice(k(d.length))));
const path = (m: number, d: Uint8Array[]): Uint8Array[] => {
  if (d.length <= 1) return [];
  const s = k(d.length);
  return m < s ? [...path(m, d.slice(0, s)), mth(d.slice(s))] : [...path(m - s, d.slice(s)), mth(d.slice(0, s))];
};
const subproof = (m: number, d: Uint8Array[], b: boolean): Uint8Array[] => {
  if (m === d.length) return b ? [] : [mth(d)];
  const s = k(d.length);
  return m <= s ? [...subproof(m, d.slice(0, s), b), mth(d.slice(s))] : [...subproof(m - s, d.slice(s), false), mth(d.slice(0, s))];
};

const MAX = 64;
const leaves = Array.from({ length: MAX }, (_, i) => leafHash(H(Uint8Array.of(i, 0xab))));
const all = appendToFrontier(EMPTY_FRONTIER, leaves).nodes;
const hex = (hashes: Uint8Array[]) => hashes.map(toHex);
const roots = Array.from({ length: MAX + 1 }, (_, n) => mth(leaves.slice(0, n)));
// One flipped bit in each element in turn, at a byte that moves along with the element.
const flipEach = (proof: Uint8Array[]) =>
  proof.map((_, i) => proof.map((q, j) => (j === i ? Uint8Array.from(q, (b, x) => (x === (i * 7) % 32 ? b ^ 1 : b)) : q)));

// Only the nodes a function asked for, so a test fails if it needs more than it listed.
function only(ids: NodeId[]): NodeLookup {
  const wanted = new Set(ids.map((n) => `${n.level}/${n.index}`));
  return nodeLookupOf(all.filter((n) => wanted.has(`${n.level}/${n.index}`)));
}

describe('Merkle tree properties, against a literal RFC 6962 recursion, for every size up to 64', () => {
  it('gives MTH for every size from the nodes listed for the root, and so does the frontier', () => {
    for (let n = 0; n <= MAX; n++) {
      const expected = toHex(roots[n]!);
      expect(toHex(rootFromNodes(n, only(nodesForRoot(n))))).toBe(expected);
      expect(toHex(appendToFrontier(EMPTY_FRONTIER, leaves.slice(0, n)).root)).toBe(expected);
    }
  });

  it('proves every leaf of every tree with PATH, from the listed nodes only, and refuses wrong leaves, indexes, bytes and sizes', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= MAX; n++) {
      const root = roots[n]!;
      for (let i = 0; i < n; i++) {
        const proof = inclusionProofFromNodes(i, n, only(nodesForInclusion(i, n)));
        if (hex(proof).join() !== hex(path(i, leaves.slice(0, n))).join()) wrong.push(`${i} of ${n}: not PATH`);
        if (!verifyInclusion(i, n, leaves[i]!, proof, root)) wrong.push(`${i} of ${n}: refused`);
        if (verifyInclusion(i, n, leaves[(i + 1) % MAX]!, proof, root)) wrong.push(`${i} of ${n}: wrong leaf accepted`);
        for (const j of [i - 1, i + 1, i ^ 1, i ^ 2]) {
          if (j !== i && verifyInclusion(j, n, leaves[i]!, proof, root)) wrong.push(`${i} of ${n}: index ${j} accepted`);
        }
        // A wrong size fails against that size's root (what a checkpoint of that size would sign).
        for (const s of [i + 1, n - 1, n + 1, Math.floor(n / 2), n * 2]) {
          if (s !== n && s > i && s <= MAX && verifyInclusion(i, s, leaves[i]!, proof, roots[s]!)) wrong.push(`${i} of ${n}: size ${s} accepted`);
        }
        if (verifyInclusion(i, n * 2, leaves[i]!, proof, root)) wrong.push(`${i} of ${n}: size ${n * 2} accepted`);
        flipEach(proof).forEach((bad, f) => {
          if (verifyInclusion(i, n, leaves[i]!, bad, root)) wrong.push(`${i} of ${n}: flip ${f} accepted`);
        });
      }
    }
    expect(wrong).toEqual([]);
  });

  it('proves every prefix of every tree consistent with PROOF, from the listed nodes only, and refuses wrong sizes, bytes and roots', () => {
    const wrong: string[] = [];
    for (let n = 1; n <= MAX; n++) {
      const newRoot = roots[n]!;
      for (let m = 1; m < n; m++) {
        const oldRoot = roots[m]!;
        const proof = consistencyProofFromNodes(m, n, only(nodesForConsistency(m, n)));
        const label = `${m} to ${n}`;
        if (hex(proof).join() !== hex(subproof(m, leaves.slice(0, n), true)).join()) wrong.push(`${label}: not PROOF`);
        if (!verifyConsistency(m, n, proof, oldRoot, newRoot)) wrong.push(`${label}: refused`);
        // A wrong old size fails even with these roots; a wrong new size against that size's root.
        for (const a of [m - 1, m + 1]) {
          if (a > 0 && a !== n && verifyConsistency(a, n, proof, oldRoot, newRoot)) wrong.push(`${label}: old size ${a} accepted`);
        }
        for (const b of [m + 1, n - 1, n + 1, n * 2]) {
          if (b !== n && b > m && b <= MAX && verifyConsistency(m, b, proof, oldRoot, roots[b]!)) wrong.push(`${label}: new size ${b} accepted`);
        }
        flipEach(proof).forEach((bad, f) => {
          if (verifyConsistency(m, n, bad, oldRoot, newRoot)) wrong.push(`${label}: flip ${f} accepted`);
        });
        if (verifyConsistency(m, n, proof, nodeHash(oldRoot, oldRoot), newRoot)) wrong.push(`${label}: wrong old root accepted`);
        if (verifyConsistency(m, n, proof, oldRoot, nodeHash(newRoot, newRoot))) wrong.push(`${label}: wrong new root accepted`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('binds a proof to its size only through the root, so a verifier must take size and root from one signed checkpoint', () => {
    // RFC 9162 proofs cannot tell a promoted leaf from a node: leaf 0 of 3 and of 4 share a path shape.
    const proof = inclusionProofFromNodes(0, 3, nodeLookupOf(all));
    expect(verifyInclusion(0, 4, leaves[0]!, proof, roots[3]!)).toBe(true);
    expect(verifyInclusion(0, 4, leaves[0]!, proof, roots[4]!)).toBe(false);
  });

  it('lists only perfect aligned nodes that exist in the tree of that size', () => {
    const isStored = (node: NodeId, n: number) => (node.index + 1) * 2 ** node.level <= n;
    for (let n = 1; n <= MAX; n++) {
      expect(nodesForRoot(n).every((node) => isStored(node, n))).toBe(true);
      for (let i = 0; i < n; i++) expect(nodesForInclusion(i, n).every((node) => isStored(node, n))).toBe(true);
      for (let m = 1; m < n; m++) expect(nodesForConsistency(m, n).every((node) => isStored(node, n))).toBe(true);
    }
    expect(nodesForRoot(13)).toEqual([{ level: 3, index: 0 }, { level: 2, index: 2 }, { level: 0, index: 12 }]);
    expect(nodesForRoot(0)).toEqual([]);
  });

  it('names the missing node when a lookup lacks one', () => {
    expect(() => rootFromNodes(13, only([{ level: 3, index: 0 }]))).toThrow(new MissingNodeError({ level: 2, index: 2 }));
  });

  it('refuses an index or size outside the tree when listing nodes', () => {
    expect(() => nodesForInclusion(5, 5)).toThrow(RangeError);
    expect(() => nodesForConsistency(6, 5)).toThrow(RangeError);
    expect(() => nodesForRoot(-1)).toThrow(RangeError);
  });
});

describe('frontier', () => {
  it('emits every perfect node exactly once, whatever the batch sizes, with the same roots as one leaf at a time', () => {
    let frontier = EMPTY_FRONTIER;
    const emitted: StoredNode[] = [];
    const batches = [1, 2, 3, 5, 8, 13, 32];
    let at = 0;
    for (const size of batches) {
      const appended = appendToFrontier(frontier, leaves.slice(at, at + size));
      at += size;
      emitted.push(...appended.nodes);
      frontier = appended.frontier;
      expect(toHex(appended.root)).toBe(toHex(mth(leaves.slice(0, at))));
      expect(toHex(frontierRoot(frontier))).toBe(toHex(appended.root));
    }
    expect(at).toBe(MAX);
    expect(emitted.map((n) => `${n.level}/${n.index}/${toHex(n.hash)}`)).toEqual(all.map((n) => `${n.level}/${n.index}/${toHex(n.hash)}`));
    // 64 leaves: 64 + 32 + 16 + 8 + 4 + 2 + 1 perfect subtrees.
    expect(new Set(emitted.map((n) => `${n.level}/${n.index}`)).size).toBe(127);
  });

  it('keeps O(log n) hashes, exactly the nodes of nodesForRoot, and is rebuilt from them', () => {
    for (let n = 0; n <= MAX; n++) {
      const { frontier } = appendToFrontier(EMPTY_FRONTIER, leaves.slice(0, n));
      const rebuilt = frontierOf(n, nodeLookupOf(all));
      expect(hex([...rebuilt.hashes])).toEqual(hex([...frontier.hashes]));
      expect(frontier.hashes.length).toBe(nodesForRoot(n).length);
      const continued = appendToFrontier(rebuilt, leaves.slice(n));
      expect(toHex(continued.root)).toBe(toHex(mth(leaves)));
    }
  });
});

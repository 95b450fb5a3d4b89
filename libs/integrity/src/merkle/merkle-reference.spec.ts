import { fromHex, toHex } from '../encoding/hex';
import { appendToFrontier, EMPTY_FRONTIER } from './frontier';
import { consistencyProof, inclusionProof, merkleTreeHash } from './in-memory-tree';
import { leafHash } from './merkle-hashes';
import {
  REFERENCE_CONSISTENCY_PROOFS,
  REFERENCE_INCLUSION_PROOFS,
  REFERENCE_LEAF_INPUTS,
  REFERENCE_NODE_HASHES,
  REFERENCE_ROOTS,
} from './merkle.testing';
import { verifyConsistency } from './verify-consistency';
import { verifyInclusion } from './verify-inclusion';

const leaves = REFERENCE_LEAF_INPUTS.map(leafHash);
const hex = (hashes: Uint8Array[]) => hashes.map(toHex);
const root = (size: number) => fromHex(REFERENCE_ROOTS[size]!);

describe('Merkle tree against the transparency-dev/merkle RFC 6962 reference data', () => {
  it.each(REFERENCE_ROOTS.map((r, size) => [size, r]))('gives the root of the first %i leaves', (size, expected) => {
    expect(toHex(merkleTreeHash(leaves.slice(0, size)))).toBe(expected);
  });

  it('stores exactly the reference perfect-subtree hashes, by level and index', () => {
    const { nodes } = appendToFrontier(EMPTY_FRONTIER, leaves);
    const byLevel: string[][] = [];
    for (const node of nodes) (byLevel[node.level] ??= [])[node.index] = toHex(node.hash);
    expect(byLevel).toEqual(REFERENCE_NODE_HASHES);
  });

  it.each(REFERENCE_INCLUSION_PROOFS)('proves leaf %i in a tree of %i leaves with the reference path', (index, size, path) => {
    expect(hex(inclusionProof(index, leaves.slice(0, size)))).toEqual(path);
    expect(verifyInclusion(index, size, leaves[index]!, path.map(fromHex), root(size))).toBe(true);
  });

  it.each(REFERENCE_CONSISTENCY_PROOFS)('proves the tree of %i leaves a prefix of the tree of %i with the reference path', (m, n, path) => {
    expect(hex(consistencyProof(m, leaves.slice(0, n)))).toEqual(path);
    expect(verifyConsistency(m, n, path.map(fromHex), root(m), root(n))).toBe(true);
  });

  // The probes of transparency-dev/merkle's verify_test.go: each must fail.
  it.each(REFERENCE_INCLUSION_PROOFS.filter(([, , p]) => p.length > 0))('refuses corrupted inclusion proofs of leaf %i of %i', (index, size, path) => {
    const proof = path.map(fromHex);
    const leaf = leaves[index]!;
    const r = root(size);
    const some = fromHex('abacaba000000000000000000000000000000000000000000060061e00123456');
    const probes: [string, number, number, Uint8Array, Uint8Array[], Uint8Array][] = [
      ['index - 1', index - 1, size, leaf, proof, r],
      ['index + 1', index + 1, size, leaf, proof, r],
      ['index ^ 2', index ^ 2, size, leaf, proof, r],
      ['size * 2', index, size * 2, leaf, proof, r],
      ['size / 2', index, Math.floor(size / 2), leaf, proof, r],
      ['wrong leaf', index, size, new TextEncoder().encode('WrongLeaf'), proof, r],
      ['empty root', index, size, leaf, proof, root(0)],
      ['random root', index, size, leaf, proof, some],
      ['trailing garbage', index, size, leaf, [...proof, new Uint8Array(0)], r],
      ['trailing root', index, size, leaf, [...proof, r], r],
      ['preceding garbage', index, size, leaf, [new Uint8Array(0), ...proof], r],
      ['preceding root', index, size, leaf, [r, ...proof], r],
      ['removed component', index, size, leaf, proof.slice(0, -1), r],
      ...proof.map((_, i): [string, number, number, Uint8Array, Uint8Array[], Uint8Array] => {
        const flipped = proof.map((p) => new Uint8Array(p));
        flipped[i]![0]! ^= 8;
        return [`modified proof[${i}]`, index, size, leaf, flipped, r];
      }),
    ];
    if (proof.length > 1) probes.push(['inserted component', index, size, leaf, [proof[0]!, some, ...proof.slice(1)], r]);
    const accepted = probes.filter(([, i, s, l, p, rt]) => verifyInclusion(i, s, l, p, rt)).map(([name]) => name);
    expect(accepted).toEqual([]);
  });

  it.each(REFERENCE_CONSISTENCY_PROOFS.filter(([, , p]) => p.length > 0))('refuses corrupted consistency proofs from %i to %i', (m, n, path) => {
    const proof = path.map(fromHex);
    const [r1, r2] = [root(m), root(n)];
    const wrong = new TextEncoder().encode('WrongRoot');
    const probes: [string, number, number, Uint8Array[], Uint8Array, Uint8Array][] = [
      ['size1 - 1', m - 1, n, proof, r1, r2],
      ['size1 + 1', m + 1, n, proof, r1, r2],
      ['size1 ^ 2', m ^ 2, n, proof, r1, r2],
      ['size2 * 2', m, n * 2, proof, r1, r2],
      ['size2 / 2', m, Math.floor(n / 2), proof, r1, r2],
      ['wrong root1', m, n, proof, wrong, r2],
      ['wrong root2', m, n, proof, r1, wrong],
      ['swapped roots', m, n, proof, r2, r1],
      ['empty proof', m, n, [], r1, r2],
      ['trailing garbage', m, n, [...proof, new Uint8Array(0)], r1, r2],
      ['trailing root1', m, n, [...proof, r1], r1, r2],
      ['trailing root2', m, n, [...proof, r2], r1, r2],
      ['preceding garbage', m, n, [new Uint8Array(0), ...proof], r1, r2],
      ['preceding root1', m, n, [r1, ...proof], r1, r2],
      ['preceding root2', m, n, [r2, ...proof], r1, r2],
      ['preceding proof[0]', m, n, [proof[0]!, ...proof], r1, r2],
      ['truncated proof', m, n, proof.slice(0, -1), r1, r2],
      ...proof.map((_, i): [string, number, number, Uint8Array[], Uint8Array, Uint8Array] => {
        const flipped = proof.map((p) => new Uint8Array(p));
        flipped[i]![0]! ^= 16;
        return [`modified proof[${i}]`, m, n, flipped, r1, r2];
      }),
    ];
    const accepted = probes.filter(([, a, b, p, x, y]) => verifyConsistency(a, b, p, x, y)).map(([name]) => name);
    expect(accepted).toEqual([]);
  });

  it('treats equal sizes and the empty old tree as the RFC does', () => {
    expect(verifyConsistency(0, 0, [], root(0), root(0))).toBe(true);
    expect(verifyConsistency(0, 5, [], root(0), root(5))).toBe(true);
    expect(verifyConsistency(0, 5, [], root(1), root(5))).toBe(false);
    expect(verifyConsistency(3, 3, [], root(3), root(3))).toBe(true);
    expect(verifyConsistency(3, 3, [], root(3), root(4))).toBe(false);
    expect(verifyConsistency(3, 3, [root(0)], root(3), root(3))).toBe(false);
    expect(verifyConsistency(4, 3, [], root(4), root(3))).toBe(false);
  });

  it('refuses an inclusion proof for an index outside the tree', () => {
    expect(verifyInclusion(0, 0, leaves[0]!, [], root(0))).toBe(false);
    expect(verifyInclusion(1, 1, leaves[0]!, [], root(1))).toBe(false);
    expect(verifyInclusion(-1, 1, leaves[0]!, [], root(1))).toBe(false);
    expect(verifyInclusion(0, 1, leaves[0]!, [], root(1))).toBe(true);
  });
});

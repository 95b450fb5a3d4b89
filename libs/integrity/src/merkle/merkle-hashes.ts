import { sha256 } from '../digest/sha256';

/** Bytes of every tree hash (SHA-256). */
export const HASH_BYTES = 32;

/** MTH of the empty tree: H of no bytes (RFC 9162 §2.1.1). */
export const EMPTY_TREE_ROOT: Uint8Array = sha256(new Uint8Array(0));

/** Leaf hash `H(0x00 ‖ data)`; the log's data is an event's 32-byte record hash (ADR 0016). */
export function leafHash(data: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(1 + data.length);
  bytes[0] = 0x00;
  bytes.set(data, 1);
  return sha256(bytes);
}

/** Interior node hash `H(0x01 ‖ left ‖ right)` (RFC 9162 §2.1.1). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Uint8Array {
  const bytes = new Uint8Array(1 + left.length + right.length);
  bytes[0] = 0x01;
  bytes.set(left, 1);
  bytes.set(right, 1 + left.length);
  return sha256(bytes);
}

/** Whether two hashes are the same bytes. */
export function sameHash(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i]! ^ b[i]!;
  return difference === 0;
}

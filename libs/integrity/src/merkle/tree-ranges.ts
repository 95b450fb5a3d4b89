/**
 * Every hash in an RFC 6962 root or proof is the MTH of a leaf range [start, end). These functions
 * list those ranges with the RFC's own recursions (RFC 6962 §2.1.1–2.1.2, RFC 9162 §2.1.3.1 and
 * §2.1.4.1), so the in-memory and the stored-node proofs share one definition.
 */

/** The leaves [start, end) of a subtree. */
export interface LeafRange {
  readonly start: number;
  readonly end: number;
}

/** Largest power of two strictly below n (n ≥ 2): where MTH splits a list of n leaves. */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/** Ranges whose MTHs make the inclusion proof of `leafIndex` in a tree of `treeSize` leaves, leaf side first. */
export function inclusionRanges(leafIndex: number, treeSize: number): LeafRange[] {
  checkSize(treeSize);
  if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize) {
    throw new RangeError(`Leaf index ${leafIndex} is outside a tree of ${treeSize} leaves`);
  }
  const ranges: LeafRange[] = [];
  // PATH(m, D[start:end]), unrolled from the root down; each level's sibling is unshifted so the
  // proof reads from the leaf up, as RFC 9162 orders it.
  let start = 0;
  let end = treeSize;
  while (end - start > 1) {
    const k = splitPoint(end - start);
    if (leafIndex < start + k) {
      ranges.unshift({ start: start + k, end });
      end = start + k;
    } else {
      ranges.unshift({ start, end: start + k });
      start += k;
    }
  }
  return ranges;
}

/** Ranges whose MTHs make the consistency proof from a tree of `oldSize` leaves to one of `newSize` (empty when oldSize is 0 or equals newSize). */
export function consistencyRanges(oldSize: number, newSize: number): LeafRange[] {
  checkSize(oldSize);
  checkSize(newSize);
  if (oldSize > newSize) throw new RangeError(`A tree of ${newSize} leaves cannot extend one of ${oldSize}`);
  if (oldSize === 0 || oldSize === newSize) return [];
  return subproof(oldSize, 0, newSize, true);
}

// SUBPROOF(m, D[start:end], b) of RFC 6962 §2.1.2, m counted from start.
function subproof(m: number, start: number, end: number, isWholeOldTree: boolean): LeafRange[] {
  const n = end - start;
  if (m === n) return isWholeOldTree ? [] : [{ start, end }];
  const k = splitPoint(n);
  if (m <= k) return [...subproof(m, start, start + k, isWholeOldTree), { start: start + k, end }];
  return [...subproof(m - k, start + k, end, false), { start, end: start + k }];
}

function checkSize(size: number): void {
  if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`A tree size is a whole number ≥ 0, not ${size}`);
}

/**
 * Mask selection (ISO/IEC 18004, 7.8), done on flat byte arrays. uqr (a port of Project Nayuki's
 * encoder) does the same on nested arrays of booleans and spends nine tenths of its time there:
 * about 1.5 ms a code, 15 s for a sheet of 10,000 labels. Here the symbol is encoded once with
 * mask 0, unmasked, and each of the 8 masks is applied and scored with Nayuki's own penalty
 * rules; qr-code.spec.ts checks the result equals uqr's automatic choice module for module.
 */

const MASKS: readonly ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/** The 15 format bits of level M with a mask: BCH(15,5) code word, XORed with 101010000010010. */
export function formatBitsOf(mask: number): number {
  const data = (0b00 << 3) | mask; // level M is 00
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  return ((data << 10) | rem) ^ 0x5412;
}

/** Where format bit i goes, both copies, as [x, y] pairs, least significant bit first. */
function formatCells(size: number): [number, number][][] {
  return Array.from({ length: 15 }, (_, i) => [
    i < 6 ? [8, i] : i < 8 ? [8, i + 1] : i === 8 ? [7, 8] : [14 - i, 8],
    i < 8 ? [size - 1 - i, 8] : [8, size - 15 + i],
  ]);
}

/** A symbol drawn with some mask: its modules (1 dark), which of them are data, and that mask. */
export interface MaskedSymbol {
  readonly size: number;
  readonly modules: Uint8Array;
  readonly isData: Uint8Array;
  readonly mask: number;
}

/** Which modules each mask inverts, for one symbol size (computed once per symbol, not per module and mask). */
function maskPatterns(size: number): Uint8Array[] {
  return MASKS.map((inverts) => {
    const pattern = new Uint8Array(size * size);
    for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) pattern[y * size + x] = inverts(x, y) ? 1 : 0;
    return pattern;
  });
}

/** The symbol drawn with `mask` instead: data modules re-masked, format bits rewritten. */
export function remask(symbol: MaskedSymbol, mask: number, patterns = maskPatterns(symbol.size)): Uint8Array {
  const { size, modules, isData } = symbol;
  const out = Uint8Array.from(modules);
  const from = patterns[symbol.mask];
  const to = patterns[mask];
  for (let i = 0; i < out.length; i++) out[i] ^= isData[i] & (from[i] ^ to[i]);
  const bits = formatBitsOf(mask);
  formatCells(size).forEach((copies, bit) => {
    for (const [x, y] of copies) out[y * size + x] = (bits >>> bit) & 1;
  });
  return out;
}

/** Nayuki's finder-like pattern count on a run history (most recent run first): 0, 1 or 2. */
function finderLike(h: Int32Array): number {
  const n = h[1];
  const core = n > 0 && h[2] === n && h[3] === n * 3 && h[4] === n && h[5] === n;
  return (core && h[0] >= n * 4 && h[6] >= n ? 1 : 0) + (core && h[6] >= n * 4 && h[0] >= n ? 1 : 0);
}

function push(h: Int32Array, run: number, size: number): void {
  // A first run touches the light quiet zone outside the symbol, which counts as part of it.
  const length = h[0] === 0 ? run + size : run;
  // By hand: Int32Array.copyWithin costs more than the seven moves on arrays this short.
  h[6] = h[5];
  h[5] = h[4];
  h[4] = h[3];
  h[3] = h[2];
  h[2] = h[1];
  h[1] = h[0];
  h[0] = length;
}

/** One row's or column's penalty (rules 1 and 3): `size` modules from `start`, `stride` apart. */
function linePenalty(m: Uint8Array, start: number, stride: number, size: number, h: Int32Array): number {
  let result = 0;
  let colour = 0;
  let run = 0;
  h.fill(0);
  for (let i = 0; i < size; i++) {
    const module = m[start + i * stride];
    if (module === colour) {
      run++;
      if (run === 5) result += 3;
      else if (run > 5) result++;
    } else {
      push(h, run, size);
      if (!colour) result += finderLike(h) * 40;
      colour = module;
      run = 1;
    }
  }
  if (colour) {
    push(h, run, size);
    run = 0;
  }
  push(h, run + size, size);
  return result + finderLike(h) * 40;
}

/** The penalty score of a masked symbol (rules 1 to 4, weights 3, 3, 40, 10), as Nayuki computes it. */
export function penaltyScore(size: number, m: Uint8Array): number {
  const h = new Int32Array(7);
  let result = 0;
  for (let y = 0; y < size; y++) result += linePenalty(m, y * size, 1, size, h);
  for (let x = 0; x < size; x++) result += linePenalty(m, x, size, size, h);
  for (let y = 0; y < size - 1; y++) {
    for (let x = 0; x < size - 1; x++) {
      const c = m[y * size + x];
      if (c === m[y * size + x + 1] && c === m[(y + 1) * size + x] && c === m[(y + 1) * size + x + 1]) result += 3;
    }
  }
  let dark = 0;
  for (let i = 0; i < m.length; i++) dark += m[i];
  const total = size * size;
  return result + (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
}

/** The mask with the lowest penalty (the first of equals, as the standard's reference encoder does) and its modules. */
export function bestMask(symbol: MaskedSymbol): { readonly mask: number; readonly modules: Uint8Array } {
  const patterns = maskPatterns(symbol.size);
  let best = { mask: -1, modules: symbol.modules, penalty: Infinity };
  for (let mask = 0; mask < 8; mask++) {
    const modules = remask(symbol, mask, patterns);
    const penalty = penaltyScore(symbol.size, modules);
    if (penalty < best.penalty) best = { mask, modules, penalty };
  }
  return { mask: best.mask, modules: best.modules };
}

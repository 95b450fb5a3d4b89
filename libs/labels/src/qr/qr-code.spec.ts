import { decodeModules } from '../testing/decode-qr.testing';
import { QrCapacityError, QrCode, darkRuns, encodeQr } from './qr-code';

const UNIT = 'https://tamga.kg/01/04870001234565/10/TMG-HNY-26-001/21/J0001';

// The 15 format bits beside the top-left finder (ISO/IEC 18004, 7.9), as [x, y], least significant
// bit first: up column 8 from the top (skipping the timing row), then along row 8 leftwards.
const FORMAT_CELLS: [number, number][] = [
  [8, 0], [8, 1], [8, 2], [8, 3], [8, 4], [8, 5], [8, 7], [8, 8], [7, 8], [5, 8], [4, 8], [3, 8], [2, 8], [1, 8], [0, 8],
];
// The second copy: bits 0-7 along row 8 under the top-right finder, bits 8-14 down column 8 beside the bottom-left one.
const secondCopy = (size: number): [number, number][] => [
  ...Array.from({ length: 8 }, (_, i): [number, number] => [size - 1 - i, 8]),
  ...Array.from({ length: 7 }, (_, i): [number, number] => [8, size - 7 + i]),
];

function formatBits(code: QrCode, cells: [number, number][]): number {
  return cells.reduce((bits, [x, y], i) => bits | ((code.isDark(x, y) ? 1 : 0) << i), 0) ^ 0b101010000010010;
}

/** The BCH(15,5) remainder of the format information: zero for a valid code word. */
function bchRemainder(bits: number): number {
  let r = bits;
  for (let i = 14; i >= 10; i--) if (r & (1 << i)) r ^= 0b10100110111 << (i - 10);
  return r;
}

describe('encodeQr (ISO/IEC 18004, byte mode, level M)', () => {
  it.each([
    ['a lot', 'https://tamga.kg/01/04870001234565/10/TMG-HNY-26-001'],
    ['a unit', UNIT],
    ['a unit on a resolver with a path', 'https://provenance.example.kg/tamga/01/04870001234565/10/A.B_C-1234567890123/21/SERIAL.0123456789_-X'],
    ['UTF-8 text', 'Ак-Суу облепиха, 蜂蜜'],
  ])('gives a symbol an independent decoder (jsQR) reads back: %s', (_, text) => {
    const code = encodeQr(text);
    const decoded = decodeModules(code.size, code.isDark);
    expect(decoded).toEqual({ text, version: code.version });
  });

  it.each([
    [1, 1], [14, 1], [15, 2], [26, 2], [27, 3], [42, 3], [43, 4], [62, 4], [63, 5], [84, 5], [85, 6], [106, 6], [107, 7], [213, 10],
  ])('puts %i bytes in the smallest version that holds them at level M: version %i', (bytes, version) => {
    const code = encodeQr('x'.repeat(bytes));
    expect(code.version).toBe(version);
    expect(code.size).toBe(17 + 4 * version);
    expect(decodeModules(code.size, code.isDark)?.text).toBe('x'.repeat(bytes));
  });

  it('writes level M and the chosen mask into both copies of the format information, each a valid BCH code word', () => {
    for (const text of [UNIT, 'x', 'x'.repeat(100)]) {
      const code = encodeQr(text);
      const first = formatBits(code, FORMAT_CELLS);
      expect(bchRemainder(first)).toBe(0);
      expect(formatBits(code, secondCopy(code.size))).toBe(first);
      // The 2 level bits: L = 01, M = 00, Q = 11, H = 10. Then 3 mask bits.
      expect(first >> 13).toBe(0b00);
      expect((first >> 10) & 0b111).toBe(code.mask);
      expect(code.errorCorrection).toBe('M');
    }
  });

  it('chooses among all eight masks, not a fixed one (the penalty rules pick per content)', () => {
    const masks = new Set(Array.from({ length: 60 }, (_, i) => encodeQr(`${UNIT}${i}`).mask));
    expect(masks.size).toBeGreaterThan(3);
  });

  it('has the three finder patterns in place, and only light modules outside the symbol (the quiet zone)', () => {
    const code = encodeQr(UNIT);
    const finderRow = (x0: number, y: number) => Array.from({ length: 7 }, (_, i) => code.isDark(x0 + i, y));
    for (const [x0, y0] of [[0, 0], [code.size - 7, 0], [0, code.size - 7]]) {
      expect(finderRow(x0, y0)).toEqual([true, true, true, true, true, true, true]);
      expect(finderRow(x0, y0 + 1)).toEqual([true, false, false, false, false, false, true]);
      expect(finderRow(x0, y0 + 3)).toEqual([true, false, true, true, true, false, true]);
    }
    for (let i = -4; i < code.size + 4; i++) {
      for (const [x, y] of [[i, -1], [i, -4], [i, code.size], [i, code.size + 3], [-1, i], [-4, i], [code.size, i], [code.size + 3, i]]) {
        expect(code.isDark(x, y)).toBe(false);
      }
    }
  });

  it('is deterministic: the same text gives the same modules', () => {
    const a = encodeQr(UNIT);
    const b = encodeQr(UNIT);
    expect(darkRuns(a)).toEqual(darkRuns(b));
  });

  it('refuses a text longer than a version 40 symbol holds at level M', () => {
    expect(encodeQr('x'.repeat(2331)).version).toBe(40);
    expect(() => encodeQr('x'.repeat(2332))).toThrow(QrCapacityError);
  });

  it('describes each row as runs of dark modules covering exactly the dark ones', () => {
    const code = encodeQr(UNIT);
    darkRuns(code).forEach((runs, y) => {
      const dark = new Set(runs.flatMap(([x, n]) => Array.from({ length: n }, (_, i) => x + i)));
      for (let x = 0; x < code.size; x++) expect(dark.has(x)).toBe(code.isDark(x, y));
      for (let i = 1; i < runs.length; i++) expect(runs[i][0]).toBeGreaterThan(runs[i - 1][0] + runs[i - 1][1]);
    });
  });
});

describe('encodeQr mask choice', () => {
  it("equals uqr's own automatic choice, module for module, over many Digital Links and lengths", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { encode } = require('uqr') as typeof import('uqr');
    const texts = [
      ...Array.from({ length: 150 }, (_, i) => `${UNIT.slice(0, -4)}${String(i).padStart(4, '0')}`),
      ...Array.from({ length: 60 }, (_, i) => 'ab/01-'.repeat(i + 1)),
    ];
    for (const text of texts) {
      const reference = encode([...Buffer.from(text)], { ecc: 'M', boostEcc: false, border: 0 });
      const code = encodeQr(text);
      expect(code.mask).toBe(reference.maskPattern);
      for (let y = 0; y < code.size; y++) for (let x = 0; x < code.size; x++) if (code.isDark(x, y) !== reference.data[y][x]) throw new Error(`${text}: module ${x},${y} differs`);
    }
  });
});

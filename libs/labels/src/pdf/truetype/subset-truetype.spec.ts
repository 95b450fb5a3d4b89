import { bundledFont } from './bundled-fonts';
import { glyphClosure, subsetTrueType } from './subset-truetype';

/** The glyph table of a subset, read back through its own loca (the subset has no cmap: glyph ids stay). */
function readBack(program: Buffer) {
  const tables = new Map(Array.from({ length: program.readUInt16BE(4) }, (_, i) => [program.toString('latin1', 12 + 16 * i, 16 + 16 * i), { offset: program.readUInt32BE(20 + 16 * i), length: program.readUInt32BE(24 + 16 * i) }] as const));
  const loca = tables.get('loca')!.offset;
  const glyf = tables.get('glyf')!.offset;
  const glyph = (g: number) => program.subarray(glyf + program.readUInt32BE(loca + 4 * g), glyf + program.readUInt32BE(loca + 4 * g + 4));
  return { tables, glyph };
}

describe('a TrueType subset for a PDF', () => {
  const font = bundledFont('noto-sans');
  const text = 'Экспортёр Kyzyl-Suu ң ө ү é';
  const used = [...text].map((c) => font.glyphOf(c.codePointAt(0)!));

  it('finds a glyph for every Latin and Cyrillic letter a Kyrgyz name uses', () => {
    expect(used.every((g) => g > 0)).toBe(true);
    expect(font.glyphOf(0x4e2d)).toBe(0); // 中: Noto Sans has no Han characters, the CJK fonts do
    expect(bundledFont('noto-sans-sc').glyphOf(0x4e2d)).toBeGreaterThan(0);
    expect(bundledFont('noto-sans-jp').glyphOf(0x3042)).toBeGreaterThan(0); // あ
  });

  it('keeps each used glyph byte for byte at its own id, every component of a composite glyph, and nothing else', () => {
    const kept = glyphClosure(font, used);
    const program = subsetTrueType(font, kept);
    const { glyph } = readBack(program);
    for (const g of kept) {
      const { offset, length } = font.glyphRange(g);
      expect(glyph(g).subarray(0, length).equals(font.bytes.subarray(offset, offset + length))).toBe(true);
    }
    for (const g of kept) {
      const { offset, length } = font.glyphRange(g);
      if (length > 0 && font.bytes.readInt16BE(offset) < 0) {
        // A composite glyph's components are glyph ids inside its data: each must be in the subset.
        const components = [...glyphClosure(font, [g])].filter((c) => c !== g && c !== 0);
        expect(components.length).toBeGreaterThan(0);
        for (const c of components) expect(kept.has(c)).toBe(true);
      }
    }
    const unused = [...Array(font.numGlyphs).keys()].filter((g) => !kept.has(g));
    expect(unused.every((g) => glyph(g).length === 0)).toBe(true);
    // What is left is mostly the kept widths and glyph offsets of every glyph id, which compress to little in the PDF.
    expect(program.length).toBeLessThan(font.bytes.length / 10);
  });

  it('is a well-formed font file: table checksums and the head adjustment add up as the OpenType spec says', () => {
    const program = subsetTrueType(font, glyphClosure(font, used));
    let sum = 0;
    for (let i = 0; i < program.length; i += 4) sum = (sum + program.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const { tables } = readBack(program);
    expect(program.readUInt16BE(tables.get('maxp')!.offset + 4)).toBe(font.numGlyphs);
    expect(program.readInt16BE(tables.get('head')!.offset + 50)).toBe(1); // long loca offsets
    for (const [tag, { offset, length }] of tables) {
      let tableSum = 0;
      const padded = Buffer.alloc((length + 3) & ~3);
      program.copy(padded, 0, offset, offset + length);
      if (tag === 'head') padded.writeUInt32BE(0, 8);
      for (let i = 0; i < padded.length; i += 4) tableSum = (tableSum + padded.readUInt32BE(i)) >>> 0;
      const record = [...Array(tables.size).keys()].map((i) => 12 + 16 * i).find((at) => program.toString('latin1', at, at + 4) === tag)!;
      expect({ tag, checksum: tableSum }).toEqual({ tag, checksum: program.readUInt32BE(record + 4) });
    }
  });
});

import { createHash } from 'node:crypto';
import { PdfFile, PdfRef } from './pdf-file';
import { glyphClosure, subsetTrueType } from './truetype/subset-truetype';
import { TrueTypeFont } from './truetype/truetype-font';

/** A stretch of text set in one font: the glyphs to show and the text they stand for. */
interface Run {
  readonly face: number;
  readonly glyphs: readonly number[];
}

/**
 * The embedded fonts of one PDF document, in fallback order: each character is set in the first
 * font that has a glyph for it (a Japanese certificate in Noto Sans JP, a Latin buyer name in it
 * too, a Kyrgyz letter JP lacks in Noto Sans), so no character prints as a box while any font
 * has it. Each font is written as a Type 0 font with Identity-H encoding over a CIDFontType2
 * subset of just the glyphs the document used (glyph id = CID), with its widths, and a ToUnicode
 * CMap so text can be searched, copied and read back (ISO 32000-1, 9.7 and 9.10).
 */
export class EmbeddedFonts {
  private readonly used: Map<number, string>[];

  constructor(private readonly faces: readonly TrueTypeFont[], private readonly resourcePrefix = 'E') {
    this.used = faces.map(() => new Map());
  }

  private runsOf(text: string): Run[] {
    const runs: { face: number; glyphs: number[] }[] = [];
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      let face = this.faces.findIndex((f) => f.glyphOf(cp) !== 0);
      if (face < 0) face = 0;
      const glyph = this.faces[face].glyphOf(cp);
      if (!this.used[face].has(glyph)) this.used[face].set(glyph, char);
      const last = runs.at(-1);
      if (last && last.face === face) last.glyphs.push(glyph);
      else runs.push({ face, glyphs: [glyph] });
    }
    return runs;
  }

  /** The width of text at a size, in points, as it will be set. */
  widthOf(text: string, size: number): number {
    let width = 0;
    for (const char of text) {
      const cp = char.codePointAt(0)!;
      const face = Math.max(0, this.faces.findIndex((f) => f.glyphOf(cp) !== 0));
      const font = this.faces[face];
      width += (font.advanceOf(font.glyphOf(cp)) / font.unitsPerEm) * size;
    }
    return width;
  }

  /** Text-showing operators for a line (inside BT … ET, after positioning): one Tf and Tj per run of one font. */
  show(text: string, size: number): string {
    return this.runsOf(text)
      .map((run) => `/${this.resourcePrefix}${run.face + 1} ${Number(size.toFixed(2))} Tf <${run.glyphs.map((g) => g.toString(16).padStart(4, '0')).join('')}> Tj`)
      .join(' ');
  }

  /** Writes every font used so far into the file; returns the page resources' /Font entries. */
  writeTo(pdf: PdfFile): string {
    return this.faces
      .map((font, i) => (this.used[i].size === 0 ? '' : `/${this.resourcePrefix}${i + 1} ${writeFont(pdf, font, this.used[i])}`))
      .filter(Boolean)
      .join(' ');
  }
}

function writeFont(pdf: PdfFile, font: TrueTypeFont, used: ReadonlyMap<number, string>): PdfRef {
  const glyphs = glyphClosure(font, used.keys());
  const program = subsetTrueType(font, glyphs);
  // The subset tag (six capitals, ISO 32000-1 9.6.4) is derived from the glyphs, so the same text gives the same bytes.
  const digest = createHash('sha256').update([...glyphs].sort((a, b) => a - b).join(',')).digest();
  const tag = Array.from({ length: 6 }, (_, i) => String.fromCharCode(65 + (digest[i] % 26))).join('');
  const name = `${tag}+${font.postScriptName}`;
  const scale = (v: number) => Math.round((v * 1000) / font.unitsPerEm);
  const file = pdf.add(PdfFile.stream(program, `/Length1 ${program.length}`));
  const descriptor = pdf.add(
    `<< /Type /FontDescriptor /FontName /${name} /Flags 4 /FontBBox [${font.bbox.map(scale).join(' ')}] /ItalicAngle ${font.italicAngle} ` +
      `/Ascent ${scale(font.ascent)} /Descent ${scale(font.descent)} /CapHeight ${scale(font.capHeight)} /StemV 80 /FontFile2 ${file} >>`,
  );
  const sorted = [...used.keys()].sort((a, b) => a - b);
  const widths = sorted.map((g) => `${g} [${scale(font.advanceOf(g))}]`).join(' ');
  const cidFont = pdf.add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
      `/FontDescriptor ${descriptor} /DW ${scale(font.advanceOf(0))} /W [${widths}] /CIDToGIDMap /Identity >>`,
  );
  const toUnicode = pdf.add(PdfFile.stream(toUnicodeCMap(sorted.map((g) => [g, used.get(g)!] as const))));
  return pdf.add(`<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cidFont}] /ToUnicode ${toUnicode} >>`);
}

/** A ToUnicode CMap (Adobe technical note 5411): each 2-byte glyph id to its text in UTF-16BE, 100 per block. */
export function toUnicodeCMap(entries: readonly (readonly [glyph: number, text: string])[]): string {
  const hex = (text: string) => Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([g, t]) => `<${g.toString(16).padStart(4, '0').toUpperCase()}> <${hex(t)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A TrueType font read for embedding: what a PDF needs to lay text out and describe the font. */
export interface TrueTypeFont {
  /** The PostScript name (name table id 6), for BaseFont. */
  readonly postScriptName: string;
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  readonly bbox: readonly [number, number, number, number];
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  /** The glyph of a Unicode code point; 0 (.notdef) when the font has none. */
  glyphOf(codePoint: number): number;
  /** A glyph's advance width in font units. */
  advanceOf(glyph: number): number;
  /** The raw font file and its tables, for subsetting. */
  readonly bytes: Buffer;
  readonly tables: ReadonlyMap<string, { readonly offset: number; readonly length: number }>;
  /** Where each glyph's outline lies in glyf (offset, length); length 0 for an empty glyph. */
  glyphRange(glyph: number): { readonly offset: number; readonly length: number };
}

/** A file that is not a TrueType font Tamga can embed (CFF outlines, a collection, a damaged file). */
export class UnsupportedFontError extends Error {}

/**
 * Parses the tables of a TrueType (glyf-outline) font that embedding reads: head, hhea, maxp,
 * hmtx, loca, cmap (format 4 for the Basic Multilingual Plane, 12 beyond it), OS/2, post, name.
 * Glyph data is left where it is; subsetting copies the glyphs a document uses.
 */
export function readTrueTypeFont(bytes: Buffer): TrueTypeFont {
  const version = bytes.readUInt32BE(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new UnsupportedFontError(`not a TrueType font (sfnt version 0x${version.toString(16)})`);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const at = 12 + 16 * i;
    tables.set(bytes.toString('latin1', at, at + 4), { offset: bytes.readUInt32BE(at + 8), length: bytes.readUInt32BE(at + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new UnsupportedFontError(`the font has no ${tag} table`);
    return t.offset;
  };
  if (!tables.has('glyf')) throw new UnsupportedFontError('the font has no glyf table (CFF outlines are not supported)');
  const head = table('head');
  const unitsPerEm = bytes.readUInt16BE(head + 18);
  const bbox = [bytes.readInt16BE(head + 36), bytes.readInt16BE(head + 38), bytes.readInt16BE(head + 40), bytes.readInt16BE(head + 42)] as const;
  const longLoca = bytes.readInt16BE(head + 50) === 1;
  const hhea = table('hhea');
  const numberOfHMetrics = bytes.readUInt16BE(hhea + 34);
  const numGlyphs = bytes.readUInt16BE(table('maxp') + 4);
  const hmtx = table('hmtx');
  const loca = table('loca');
  const glyf = table('glyf');
  const os2 = tables.get('OS/2');
  const post = tables.get('post');
  const locaAt = (g: number) => (longLoca ? bytes.readUInt32BE(loca + 4 * g) : bytes.readUInt16BE(loca + 2 * g) * 2);
  return {
    postScriptName: postScriptNameOf(bytes, tables.get('name')?.offset),
    unitsPerEm,
    numGlyphs,
    bbox,
    ascent: bytes.readInt16BE(hhea + 4),
    descent: bytes.readInt16BE(hhea + 6),
    capHeight: os2 && bytes.readUInt16BE(os2.offset) >= 2 ? bytes.readInt16BE(os2.offset + 88) : bytes.readInt16BE(hhea + 4),
    italicAngle: post ? bytes.readInt32BE(post.offset + 4) / 65536 : 0,
    glyphOf: cmapOf(bytes, table('cmap')),
    advanceOf: (g) => bytes.readUInt16BE(hmtx + 4 * Math.min(g, numberOfHMetrics - 1)),
    bytes,
    tables,
    glyphRange: (g) => {
      const start = locaAt(g);
      return { offset: glyf + start, length: locaAt(g + 1) - start };
    },
  };
}

/** The code point → glyph lookup of the best Unicode subtable: format 12 (all planes), else format 4 (BMP). */
function cmapOf(bytes: Buffer, cmap: number): (codePoint: number) => number {
  const subtables: { platform: number; encoding: number; offset: number; format: number }[] = [];
  for (let i = 0; i < bytes.readUInt16BE(cmap + 2); i++) {
    const at = cmap + 4 + 8 * i;
    const offset = cmap + bytes.readUInt32BE(at + 4);
    subtables.push({ platform: bytes.readUInt16BE(at), encoding: bytes.readUInt16BE(at + 2), offset, format: bytes.readUInt16BE(offset) });
  }
  const unicode = (s: (typeof subtables)[number]) => s.platform === 0 || (s.platform === 3 && (s.encoding === 1 || s.encoding === 10));
  const full = subtables.find((s) => unicode(s) && s.format === 12);
  if (full) {
    const groups: [number, number, number][] = [];
    for (let i = 0; i < bytes.readUInt32BE(full.offset + 12); i++) {
      const at = full.offset + 16 + 12 * i;
      groups.push([bytes.readUInt32BE(at), bytes.readUInt32BE(at + 4), bytes.readUInt32BE(at + 8)]);
    }
    return (cp) => {
      let lo = 0;
      let hi = groups.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const [start, end, glyph] = groups[mid];
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return glyph + (cp - start);
      }
      return 0;
    };
  }
  const bmp = subtables.find((s) => unicode(s) && s.format === 4);
  if (!bmp) throw new UnsupportedFontError('the font has no Unicode cmap (format 4 or 12)');
  const o = bmp.offset;
  const segments = bytes.readUInt16BE(o + 6) / 2;
  const ends = o + 14;
  const starts = ends + 2 * segments + 2;
  const deltas = starts + 2 * segments;
  const rangeOffsets = deltas + 2 * segments;
  return (cp) => {
    if (cp > 0xffff) return 0;
    for (let i = 0; i < segments; i++) {
      if (bytes.readUInt16BE(ends + 2 * i) < cp) continue;
      const start = bytes.readUInt16BE(starts + 2 * i);
      if (start > cp) return 0;
      const delta = bytes.readUInt16BE(deltas + 2 * i);
      const rangeOffset = bytes.readUInt16BE(rangeOffsets + 2 * i);
      if (rangeOffset === 0) return (cp + delta) & 0xffff;
      const glyph = bytes.readUInt16BE(rangeOffsets + 2 * i + rangeOffset + 2 * (cp - start));
      return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
    }
    return 0;
  };
}

/** The PostScript name from the name table (Windows Unicode or Macintosh Roman record), spaces removed. */
function postScriptNameOf(bytes: Buffer, name: number | undefined): string {
  if (name === undefined) return 'Embedded';
  const strings = name + bytes.readUInt16BE(name + 4);
  for (let i = 0; i < bytes.readUInt16BE(name + 2); i++) {
    const at = name + 6 + 12 * i;
    if (bytes.readUInt16BE(at + 6) !== 6) continue;
    const platform = bytes.readUInt16BE(at);
    const raw = bytes.subarray(strings + bytes.readUInt16BE(at + 10), strings + bytes.readUInt16BE(at + 10) + bytes.readUInt16BE(at + 8));
    const text = platform === 1 ? raw.toString('latin1') : Buffer.from(raw).swap16().toString('utf16le');
    return text.replace(/[^A-Za-z0-9-]/g, '') || 'Embedded';
  }
  return 'Embedded';
}

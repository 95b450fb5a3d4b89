import { TrueTypeFont } from './truetype-font';

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The tables a PDF viewer reads from an embedded CIDFontType2 font program (ISO 32000-1, 9.9), the hinting ones when present. */
const KEPT_TABLES = ['cvt ', 'fpgm', 'glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep'];

/**
 * The glyphs used plus .notdef and every component of a used composite glyph (an accented letter
 * drawn from its base and its accent), transitively.
 */
export function glyphClosure(font: TrueTypeFont, used: Iterable<number>): Set<number> {
  const kept = new Set<number>([0]);
  const queue = [...used];
  while (queue.length > 0) {
    const glyph = queue.pop()!;
    if (kept.has(glyph) && glyph !== 0) continue;
    kept.add(glyph);
    for (const component of componentsOf(font, glyph)) if (!kept.has(component)) queue.push(component);
  }
  return kept;
}

function componentsOf(font: TrueTypeFont, glyph: number): number[] {
  const { offset, length } = font.glyphRange(glyph);
  if (length === 0 || font.bytes.readInt16BE(offset) >= 0) return [];
  const components: number[] = [];
  let at = offset + 10;
  for (;;) {
    const flags = font.bytes.readUInt16BE(at);
    components.push(font.bytes.readUInt16BE(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) return components;
  }
}

/**
 * A font program holding only the given glyphs, each at its original glyph id ("retain gids"):
 * the other glyphs are left empty, so composite glyphs need no renumbering and a PDF can use
 * glyph ids as CIDs with CIDToGIDMap /Identity. A Japanese font of 17,000 glyphs becomes a few
 * dozen kilobytes for a page of text; the empty loca entries and widths compress to almost
 * nothing. No cmap: a CIDFontType2 is addressed by glyph id, and the PDF's ToUnicode says what
 * each glyph means. The font's licence (OFL-1.1) allows embedding a subset.
 */
export function subsetTrueType(font: TrueTypeFont, glyphs: ReadonlySet<number>): Buffer {
  const src = font.bytes;
  const parts: Buffer[] = [];
  const loca = Buffer.alloc(4 * (font.numGlyphs + 1));
  let glyfLength = 0;
  for (let g = 0; g < font.numGlyphs; g++) {
    loca.writeUInt32BE(glyfLength, 4 * g);
    if (!glyphs.has(g)) continue;
    const { offset, length } = font.glyphRange(g);
    if (length === 0) continue;
    // Glyphs start on 4-byte boundaries, as long loca offsets of well-formed fonts do.
    const padded = Buffer.alloc((length + 3) & ~3);
    src.copy(padded, 0, offset, offset + length);
    parts.push(padded);
    glyfLength += padded.length;
  }
  loca.writeUInt32BE(glyfLength, 4 * font.numGlyphs);
  const copy = (tag: string) => {
    const t = font.tables.get(tag)!;
    return Buffer.from(src.subarray(t.offset, t.offset + t.length));
  };
  const head = copy('head');
  head.writeUInt32BE(0, 8); // checkSumAdjustment, set below once the whole file is summed
  head.writeInt16BE(1, 50); // indexToLocFormat: long offsets
  const tables = new Map<string, Buffer>();
  for (const tag of KEPT_TABLES) {
    if (tag === 'glyf') tables.set(tag, Buffer.concat(parts));
    else if (tag === 'loca') tables.set(tag, loca);
    else if (tag === 'head') tables.set(tag, head);
    else if (font.tables.has(tag)) tables.set(tag, copy(tag));
  }
  const { file, offsets } = assemble(tables);
  file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, offsets.get('head')! + 8);
  return file;
}

/** An sfnt file: offset table, table records in tag order, tables on 4-byte boundaries. */
function assemble(tables: ReadonlyMap<string, Buffer>): { file: Buffer; offsets: Map<string, number> } {
  const tags = [...tables.keys()].sort();
  const count = tags.length;
  const searchRange = 2 ** Math.floor(Math.log2(count)) * 16;
  const header = Buffer.alloc(12 + 16 * count);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(count, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(Math.floor(Math.log2(count)), 8);
  header.writeUInt16BE(count * 16 - searchRange, 10);
  const bodies: Buffer[] = [];
  const offsets = new Map<string, number>();
  let offset = header.length;
  tags.forEach((tag, i) => {
    const data = tables.get(tag)!;
    const padded = Buffer.alloc((data.length + 3) & ~3);
    data.copy(padded);
    header.write(tag, 12 + 16 * i, 'latin1');
    header.writeUInt32BE(checksum(padded), 12 + 16 * i + 4);
    header.writeUInt32BE(offset, 12 + 16 * i + 8);
    header.writeUInt32BE(data.length, 12 + 16 * i + 12);
    bodies.push(padded);
    offsets.set(tag, offset);
    offset += padded.length;
  });
  return { file: Buffer.concat([header, ...bodies]), offsets };
}

/** The sfnt checksum: the sum of big-endian 32-bit words, modulo 2^32. */
function checksum(data: Buffer): number {
  let sum = 0;
  for (let i = 0; i + 4 <= data.length; i += 4) sum = (sum + data.readUInt32BE(i)) >>> 0;
  return sum;
}

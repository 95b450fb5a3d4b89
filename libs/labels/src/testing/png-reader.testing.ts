import { inflateSync } from 'node:zlib';

// CRC-32 of PNG (ISO 3309), computed here rather than with node:zlib, which the writer uses.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A PNG read back: its chunks in order, its header, and a reader of its (1-bit greyscale) pixels. */
export interface ReadPng {
  readonly chunkTypes: string[];
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colourType: number;
  readonly interlace: number;
  readonly filterTypes: number[];
  isBlack(x: number, y: number): boolean;
}

/** Parses a PNG, failing on a bad signature, a chunk whose CRC does not match, or data it cannot read. */
export function readPng(png: Buffer): ReadPng {
  if (!png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    if (png.readUInt32BE(at + 8 + length) !== crc32(typeAndData)) throw new Error(`bad CRC in chunk ${typeAndData.subarray(0, 4).toString('latin1')}`);
    chunks.push({ type: typeAndData.subarray(0, 4).toString('latin1'), data: typeAndData.subarray(4) });
    at += 12 + length;
  }
  const ihdr = chunks[0].data;
  const width = ihdr.readUInt32BE(0);
  const height = ihdr.readUInt32BE(4);
  const raw = inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  const stride = Math.ceil(width / 8) + 1;
  if (raw.length !== stride * height) throw new Error(`IDAT holds ${raw.length} bytes, not ${stride * height}`);
  return {
    chunkTypes: chunks.map((c) => c.type),
    width,
    height,
    bitDepth: ihdr[8],
    colourType: ihdr[9],
    interlace: ihdr[12],
    filterTypes: Array.from({ length: height }, (_, y) => raw[y * stride]),
    isBlack: (x, y) => ((raw[y * stride + 1 + (x >> 3)] >> (7 - (x & 7))) & 1) === 0,
  };
}

import { crc32, deflateSync } from 'node:zlib';
import { QUIET_ZONE_MODULES, QrCode } from '../qr/qr-code';

/** Pixels per module of a QR PNG unless asked otherwise: a version 5 code is then 450 pixels wide. */
export const DEFAULT_PNG_MODULE_PIXELS = 10;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * A PNG of a QR code with its 4-module quiet zone: 1-bit greyscale (dark modules 0, light 1),
 * whole pixels per module so no module edge is blurred, deflated by node:zlib. The smallest
 * honest image format for two colours; the same code always gives the same bytes.
 */
export function qrPng(code: QrCode, modulePixels = DEFAULT_PNG_MODULE_PIXELS): Buffer {
  if (!Number.isInteger(modulePixels) || modulePixels < 1 || modulePixels > 64) {
    throw new RangeError(`modulePixels must be a whole number from 1 to 64, not ${modulePixels}`);
  }
  const side = (code.size + 2 * QUIET_ZONE_MODULES) * modulePixels;
  const rowBytes = Math.ceil(side / 8);
  // Each scanline: filter type 0 (none), then the packed bits; rows of one module are identical.
  const raw = Buffer.alloc((rowBytes + 1) * side);
  for (let py = 0; py < side; py++) {
    const row = raw.subarray(py * (rowBytes + 1) + 1, (py + 1) * (rowBytes + 1));
    row.fill(0xff);
    const y = Math.floor(py / modulePixels) - QUIET_ZONE_MODULES;
    for (let px = 0; px < side; px++) {
      if (code.isDark(Math.floor(px / modulePixels) - QUIET_ZONE_MODULES, y)) row[px >> 3] &= ~(0x80 >> (px & 7));
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 1; // bit depth
  header[9] = 0; // colour type: greyscale
  header[10] = 0; // compression: deflate
  header[11] = 0; // filter method 0
  header[12] = 0; // no interlace
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

import { encodeQr } from '../qr/qr-code';
import { decodePicture } from '../testing/decode-qr.testing';
import { readPng } from '../testing/png-reader.testing';
import { DEFAULT_PNG_MODULE_PIXELS, qrPng } from './qr-png';

const UNIT = 'https://tamga.kg/01/04870001234565/10/TMG-HNY-26-001/21/J0001';

describe('qrPng', () => {
  const code = encodeQr(UNIT);
  const png = qrPng(code);
  const image = readPng(png);

  it('is a real PNG: signature, IHDR first, IDAT, IEND last, every CRC right (checked without node:zlib)', () => {
    expect(image.chunkTypes[0]).toBe('IHDR');
    expect(image.chunkTypes).toContain('IDAT');
    expect(image.chunkTypes[image.chunkTypes.length - 1]).toBe('IEND');
    const corrupt = Buffer.from(png);
    corrupt[40] ^= 0xff;
    expect(() => readPng(corrupt)).toThrow(/bad CRC/);
  });

  it('is 1-bit greyscale, not interlaced, 10 pixels per module with the 4-module quiet zone', () => {
    const side = (code.size + 8) * DEFAULT_PNG_MODULE_PIXELS;
    expect(image).toMatchObject({ width: side, height: side, bitDepth: 1, colourType: 0, interlace: 0 });
    expect(new Set(image.filterTypes)).toEqual(new Set([0]));
  });

  it('has every pixel of a module the module\'s colour, and a white quiet zone', () => {
    const p = DEFAULT_PNG_MODULE_PIXELS;
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const inQuietZone = x < 4 * p || y < 4 * p || x >= image.width - 4 * p || y >= image.height - 4 * p;
        const expected = !inQuietZone && code.isDark(Math.floor(x / p) - 4, Math.floor(y / p) - 4);
        if (image.isBlack(x, y) !== expected) throw new Error(`pixel ${x},${y} is ${image.isBlack(x, y) ? 'black' : 'white'}`);
      }
    }
  });

  it('decodes to the Digital Link with jsQR, an independent decoder', () => {
    expect(decodePicture(image.width, image.height, image.isBlack)?.text).toBe(UNIT);
  });

  it('takes another module size, whole pixels only, and is the same bytes for the same code', () => {
    expect(readPng(qrPng(code, 3)).width).toBe((code.size + 8) * 3);
    expect(qrPng(encodeQr(UNIT)).equals(png)).toBe(true);
    expect(() => qrPng(code, 0)).toThrow(RangeError);
    expect(() => qrPng(code, 2.5)).toThrow(RangeError);
  });
});

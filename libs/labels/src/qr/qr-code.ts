import { encode } from 'uqr';
import { bestMask } from './mask-selection';

/** Light modules a reader needs around a QR code (ISO/IEC 18004: at least 4 modules on each side). */
export const QUIET_ZONE_MODULES = 4;

/** A QR code's module matrix, without its quiet zone. */
export interface QrCode {
  /** The text the code carries. */
  readonly text: string;
  /** Symbol version 1 to 40: the side is 17 + 4 × version modules. */
  readonly version: number;
  readonly errorCorrection: 'M';
  /** The data mask pattern 0 to 7 chosen by the ISO/IEC 18004 penalty rules. */
  readonly mask: number;
  /** Modules per side, without the quiet zone. */
  readonly size: number;
  /** Whether the module at column x, row y is dark; anything outside the symbol is light (the quiet zone). */
  isDark(x: number, y: number): boolean;
}

/** The text is longer than a version 40 symbol at level M holds (2,331 bytes). */
export class QrCapacityError extends Error {
  constructor(readonly bytes: number) {
    super(`A QR code at error correction M holds at most 2331 bytes; this text has ${bytes}`);
  }
}

/**
 * Encodes text as a QR code in byte mode (UTF-8), error correction level M, the smallest version
 * that holds it, and the mask the standard's penalty rules choose. uqr (a port of Project Nayuki's
 * reference-quality encoder, see docs/adr/0012) lays out the symbol; bytes are passed explicitly so
 * the mode is always byte mode, and `boostEcc` is off so the level stays M, which GS1 recommends
 * for Digital Link QR codes. The mask is chosen here, to the same rules, much faster (mask-selection.ts).
 */
export function encodeQr(text: string): QrCode {
  const bytes = [...Buffer.from(text, 'utf8')];
  let result;
  try {
    result = encode(bytes, { ecc: 'M', boostEcc: false, border: 0, maskPattern: 0 });
  } catch (error) {
    if (error instanceof RangeError) throw new QrCapacityError(bytes.length);
    throw error;
  }
  const { version, size, data, types } = result;
  const drawn = new Uint8Array(size * size);
  const isData = new Uint8Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      drawn[y * size + x] = data[y][x] ? 1 : 0;
      isData[y * size + x] = types[y][x] === 0 ? 1 : 0; // QrCodeDataType.Data
    }
  }
  const { mask, modules } = bestMask({ size, modules: drawn, isData, mask: 0 });
  return {
    text,
    version,
    errorCorrection: 'M',
    mask,
    size,
    isDark: (x, y) => x >= 0 && y >= 0 && x < size && y < size && modules[y * size + x] === 1,
  };
}

/** Each row's runs of dark modules as [x, length], for renderers that draw one rectangle per run. */
export function darkRuns(code: QrCode): [number, number][][] {
  return Array.from({ length: code.size }, (_, y) => {
    const runs: [number, number][] = [];
    for (let x = 0; x < code.size; x++) {
      if (!code.isDark(x, y)) continue;
      const start = x;
      while (code.isDark(x + 1, y)) x++;
      runs.push([start, x - start + 1]);
    }
    return runs;
  });
}

import jsQR from 'jsqr';

/** Whether the pixel at (x, y) of a greyscale picture is dark. */
export type DarkAt = (x: number, y: number) => boolean;

/**
 * Reads a picture with jsQR, a decoder written independently of the encoder (a port of ZXing's),
 * so a code that only our own renderer understood would fail here. Returns the bytes as text.
 */
export function decodePicture(width: number, height: number, dark: DarkAt): { text: string; version: number } | null {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const v = dark(x, y) ? 0 : 255;
      rgba.set([v, v, v, 255], (y * width + x) * 4);
    }
  }
  const code = jsQR(rgba, width, height, { inversionAttempts: 'dontInvert' });
  return code && { text: Buffer.from(code.binaryData).toString('utf8'), version: code.version };
}

/** Decodes a module matrix drawn at `scale` pixels per module with a 4-module quiet zone. */
export function decodeModules(size: number, isDark: (x: number, y: number) => boolean, scale = 4): { text: string; version: number } | null {
  const side = (size + 8) * scale;
  return decodePicture(side, side, (x, y) => isDark(Math.floor(x / scale) - 4, Math.floor(y / scale) - 4));
}

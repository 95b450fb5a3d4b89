import { PdfFile } from '../pdf/pdf-file';
import { QUIET_ZONE_MODULES, encodeQr } from '../qr/qr-code';

/**
 * A QR code as a PDF image XObject: one pixel per module, 1 bit deep (DeviceGray, 0 black, 1 white),
 * with the quiet zone, drawn scaled up (viewers and printers keep a 1-bit image's hard edges).
 * The image's bytes are the code itself, so a checker can decode them without rendering the page.
 */
export function qrImageObject(text: string): { body: Buffer; side: number } {
  const code = encodeQr(text);
  const side = code.size + 2 * QUIET_ZONE_MODULES;
  const stride = Math.ceil(side / 8);
  const bits = Buffer.alloc(stride * side, 0xff);
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      if (code.isDark(x - QUIET_ZONE_MODULES, y - QUIET_ZONE_MODULES)) bits[y * stride + (x >> 3)] &= ~(0x80 >> (x & 7));
    }
  }
  return { body: PdfFile.stream(bits, `/Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 1`), side };
}

import { inflateSync } from 'node:zlib';
import { decodePicture } from './decode-qr.testing';
import { ReadPdf } from './pdf-reader.testing';

/** The glyph-to-text map of a ToUnicode CMap (bfchar entries, UTF-16BE). */
function toUnicodeOf(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [, code, text] of cmap.matchAll(/<([0-9A-Fa-f]{4})> <([0-9A-Fa-f]+)>/g)) {
    map.set(code.toUpperCase(), Buffer.from(text, 'hex').swap16().toString('utf16le'));
  }
  return map;
}

/**
 * The text of a page as a reader's copy would give it, one string per Tj: each hex string's
 * 2-byte codes looked up in the ToUnicode CMap of the font selected by the Tf before it, as a
 * viewer extracts text. Runs of one line (several fonts) are joined when they share a BT … ET.
 */
export function pageText(pdf: ReadPdf, pageIndex: number): string[] {
  const page = pdf.pages[pageIndex].value;
  const fontRefs = new Map([...(/\/Font << ([^>]*) >>/.exec(page)?.[1] ?? '').matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name, ref]) => [name, Number(ref)]));
  const maps = new Map<string, Map<string, string>>();
  for (const [name, ref] of fontRefs) {
    const font = pdf.objects.get(ref)!.value;
    const toUnicode = Number(/\/ToUnicode (\d+) 0 R/.exec(font)![1]);
    maps.set(name, toUnicodeOf(pdf.objects.get(toUnicode)!.stream!.toString('latin1')));
  }
  const lines: string[] = [];
  for (const [, body] of pdf.content(pageIndex).matchAll(/BT (.*?) ET/g)) {
    let font = '';
    let line = '';
    for (const [, name, hex] of body.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9a-f]*)> Tj/g)) {
      if (name) font = name;
      else line += (hex.match(/.{4}/g) ?? []).map((code) => maps.get(font)?.get(code.toUpperCase()) ?? '\ufffd').join('');
    }
    lines.push(line);
  }
  return lines;
}

/** Decodes the page's QR image XObject (1-bit DeviceGray, one pixel per module) with jsQR, at 4 pixels a module. */
export function decodeQrImage(pdf: ReadPdf, pageIndex: number, name = 'QR'): string | undefined {
  const ref = Number(new RegExp(`/${name} (\\d+) 0 R`).exec(pdf.pages[pageIndex].value)![1]);
  const image = pdf.objects.get(ref)!;
  const side = Number(/\/Width (\d+)/.exec(image.value)![1]);
  const bits = image.stream!;
  const stride = Math.ceil(side / 8);
  const scale = 4;
  return decodePicture(side * scale, side * scale, (x, y) => {
    const [mx, my] = [Math.floor(x / scale), Math.floor(y / scale)];
    return ((bits[my * stride + (mx >> 3)] >> (7 - (mx & 7))) & 1) === 0;
  })?.text;
}

/** The embedded font programs of a PDF (FontFile2 streams), inflated. */
export function embeddedFontPrograms(pdf: ReadPdf): Buffer[] {
  return [...pdf.objects.values()].filter((o) => /\/Length1 \d+/.test(o.value) && o.stream).map((o) => (o.value.includes('/FlateDecode') ? o.stream! : inflateSync(o.stream!)));
}

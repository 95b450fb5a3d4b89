import { decodePicture } from '../testing/decode-qr.testing';
import { readPdf } from '../testing/pdf-reader.testing';
import { UnitLabel } from './draw-label';
import { LABELS_PER_PAGE } from './label-layout';
import { labelSheetPdf } from './label-sheet';

const GTIN = '04870001234565';
const unit = (i: number, productName = 'White sainfoin honey'): UnitLabel => {
  const serial = `J${String(i + 1).padStart(4, '0')}`;
  return { digitalLink: `https://tamga.kg/01/${GTIN}/10/TMG-HNY-26-001/21/${serial}`, productName, gtin: GTIN, lotId: 'TMG-HNY-26-001', serial };
};
const units = (n: number) => Array.from({ length: n }, (_, i) => unit(i));

/** The strings shown by Tj in a content stream, octal escapes decoded as WinAnsi/Latin-1. */
const shownText = (content: string) =>
  [...content.matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map(([, s]) => s.replace(/\\([0-7]{3}|.)/g, (_, e: string) => (e.length === 3 ? String.fromCharCode(parseInt(e, 8)) : e)));

/**
 * Rasterises the k-th label's QR code from the page's vector rectangles (the ones filled before
 * the k-th "f"), 4 pixels per module, and decodes it with jsQR: what a phone would read off the print.
 */
function decodeLabelQr(content: string, k: number): string | undefined {
  const rects = content.split('\nf\n')[k].split('\n').flatMap((line) => {
    const m = /^([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+) re$/.exec(line);
    return m ? [m.slice(1).map(Number)] : [];
  });
  const module = rects[0][3];
  const left = Math.min(...rects.map((r) => r[0]));
  const top = Math.max(...rects.map((r) => r[1] + r[3]));
  const size = Math.round((Math.max(...rects.map((r) => r[0] + r[2])) - left) / module);
  const dark = new Set<string>();
  for (const [x, y, w] of rects) {
    const row = Math.round((top - y) / module) - 1;
    for (let c = Math.round((x - left) / module); c < Math.round((x + w - left) / module); c++) dark.add(`${c},${row}`);
  }
  const side = (size + 8) * 4;
  return decodePicture(side, side, (x, y) => dark.has(`${Math.floor(x / 4) - 4},${Math.floor(y / 4) - 4}`))?.text;
}

describe('labelSheetPdf', () => {
  it.each([
    [1, 1],
    [LABELS_PER_PAGE, 1],
    [LABELS_PER_PAGE + 1, 2],
    [50, 3],
  ])('lays %i labels on ceil(n / 21) = %i A4 pages, every object where the xref table says', (n, pages) => {
    const pdf = readPdf(labelSheetPdf(units(n), 'Labels'));
    expect(pdf.version).toBe('1.7');
    expect(pdf.pages).toHaveLength(pages);
    expect(pdf.pageTree.value).toContain(`/Count ${pages}`);
    for (const page of pdf.pages) expect(page.value).toContain('/MediaBox [0 0 595.28 841.89]');
    const perPage = pdf.pages.map((_, i) => shownText(pdf.content(i)).filter((t) => t.startsWith('Serial ')).length);
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(n);
    expect(perPage.slice(0, -1).every((count) => count === LABELS_PER_PAGE)).toBe(true);
  });

  it('prints on each label the product, lot, serial, GTIN and "Made in Kyrgyzstan", in packing order', () => {
    const pdf = readPdf(labelSheetPdf(units(22), 'Labels of packing P-1'));
    const page1 = shownText(pdf.content(0));
    expect(page1.slice(0, 6)).toEqual(['White sainfoin', 'honey', 'Lot TMG-HNY-26-001', 'Serial J0001', `GTIN ${GTIN}`, 'Made in Kyrgyzstan']);
    expect(page1.filter((t) => t === 'Made in Kyrgyzstan')).toHaveLength(LABELS_PER_PAGE);
    expect(shownText(pdf.content(1))).toContain('Serial J0022');
    expect(pdf.objects.get(Number(/\/Info (\d+)/.exec(pdf.trailer)![1]))!.value).toContain('/Title (Labels of packing P-1)');
    expect(pdf.catalog.value).toContain('/PrintScaling /None');
  });

  it('draws QR codes a decoder reads as each unit\'s Digital Link', () => {
    const pdf = readPdf(labelSheetPdf(units(LABELS_PER_PAGE + 2), 'Labels'));
    expect(decodeLabelQr(pdf.content(0), 0)).toBe(unit(0).digitalLink);
    expect(decodeLabelQr(pdf.content(0), 20)).toBe(unit(20).digitalLink);
    expect(decodeLabelQr(pdf.content(1), 1)).toBe(unit(22).digitalLink);
  });

  it('uses only the standard fonts, and shows what they cannot print as "?" rather than garbage', () => {
    const pdf = readPdf(labelSheetPdf([unit(0, 'Мёд (café) — 1')], 'Labels'));
    const fonts = [...pdf.objects.values()].filter((o) => o.value.includes('/Type /Font')).map((o) => o.value);
    expect(fonts).toEqual([
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>',
    ]);
    // WinAnsi: é is 0xE9, the em dash 0x97; parentheses are escaped in the string, not cut.
    expect(shownText(pdf.content(0))[0]).toBe('??? (caf\xe9) \x97 1');
    expect(pdf.content(0)).toContain('(??? \\(caf\\351\\) \\227 1) Tj');
  });

  it('is the same bytes for the same labels, and refuses an empty sheet', () => {
    expect(labelSheetPdf(units(3), 'L').equals(labelSheetPdf(units(3), 'L'))).toBe(true);
    expect(() => labelSheetPdf([], 'L')).toThrow(RangeError);
  });

  it('keeps a long packing run compact: 2,000 units on 96 pages, about a kilobyte a label', () => {
    const bytes = labelSheetPdf(units(2_000), 'Labels');
    expect(readPdf(bytes).pages).toHaveLength(96);
    expect(bytes.length).toBeLessThan(2_000 * 1_300);
  }, 60_000);
});

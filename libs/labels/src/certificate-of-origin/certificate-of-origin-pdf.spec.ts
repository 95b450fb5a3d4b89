import { writeFileSync } from 'node:fs';
import { readPdf } from '../testing/pdf-reader.testing';
import { decodeQrImage, pageText } from '../testing/pdf-text.testing';
import { embeddedFontPrograms } from '../testing/pdf-text.testing';
import { CertificateLanguage } from './certificate-language';
import { CertificateOfOriginContent } from './certificate-of-origin';
import { certificateOfOriginPdf } from './certificate-of-origin-pdf';
import { CERTIFICATE_TEXT } from './certificate-text';

const VILLAGES: Record<CertificateLanguage, [string, string]> = {
  en: ['Ananyevo', 'Kyzyl-Suu'],
  ru: ['Ананьево', 'Кызыл-Суу'],
  ja: ['アナニエヴォ', 'クズル・スー'],
  zh: ['阿纳尼耶沃', '克孜勒苏'],
};
const PRODUCTS: Record<CertificateLanguage, string> = { en: 'Sea-buckthorn jam', ru: 'Облепиховое варенье', ja: 'シーバックソーンのジャム', zh: '沙棘果酱' };

const content = (lang: CertificateLanguage, extraLots = 0): CertificateOfOriginContent => ({
  lang,
  certificateOfOrigin: 'KG-CO-2026-0042',
  shipmentId: 'EXP-JP-2026-007',
  exporterId: 'party:exporter-bishkek',
  exportedFrom: lang === 'en' ? 'Manas airport export bay' : 'Манас',
  buyer: 'Kyoto Honey Trading Co.',
  destination: 'JP',
  customsDeclaration: 'KG-CD-10001',
  hsCode: '200799',
  exportDate: '2026-10-05',
  lots: Array.from({ length: 1 + extraLots }, (_, i) => ({ lotId: `TMG-JAM-${i}`, product: PRODUCTS[lang], quantity: '40 KGM' })),
  origin: [{ heading: null, villages: [{ village: VILLAGES[lang][0], percent: '61.54 %', producers: 2 }, { village: VILLAGES[lang][1], percent: '38.46 %', producers: 1 }], unattributedPercent: null }],
  certifications: [{ scheme: 'Organic', certificateId: 'ORG-1', lotId: 'TMG-SBT-1', validity: '2026-08-01 – 2026-12-31' }],
  inspections: [{ lotId: 'TMG-JAM-0', date: '2026-08-20', outcome: 'passed', summary: 'moisture 17.5 %' }],
  eventCount: 42,
  verificationUrl: 'https://tamga.kg/exports/EXP-JP-2026-007/verify',
});

describe('the certificate of origin PDF', () => {
  it.each(['en', 'ru', 'ja', 'zh'] as const)('in %s: parses, carries its labels and names as extractable text, and a QR code to the verification page', (lang) => {
    const bytes = certificateOfOriginPdf(content(lang));
    if (process.env.TAMGA_KEEP_PDF) writeFileSync(`${process.env.TAMGA_KEEP_PDF}/certificate-${lang}.pdf`, bytes);
    const pdf = readPdf(bytes);
    expect(pdf.pages).toHaveLength(1);
    expect(pdf.pages[0].value).toContain('/MediaBox [0 0 595.28 841.89]');
    const text = pageText(pdf, 0).join('\n');
    const t = CERTIFICATE_TEXT[lang];
    for (const label of [t.title, t.consignee, t.destination, t.village, t.certifications]) expect(text).toContain(label);
    for (const name of [...VILLAGES[lang], PRODUCTS[lang], 'Kyoto Honey Trading Co.', 'KG-CO-2026-0042', '61.54 %']) expect(text).toContain(name);
    expect(text).not.toContain('\ufffd');
    expect(decodeQrImage(pdf, 0)).toBe('https://tamga.kg/exports/EXP-JP-2026-007/verify');
  });

  it('embeds only a subset of each font: a Chinese certificate is a few dozen kilobytes, not the 10 MB font', () => {
    const bytes = certificateOfOriginPdf(content('zh'));
    expect(bytes.length).toBeLessThan(250_000);
    const programs = embeddedFontPrograms(readPdf(bytes));
    expect(programs.length).toBeGreaterThanOrEqual(1);
    for (const program of programs) {
      // Glyph ids are kept (CIDToGIDMap /Identity) but only used outlines are: the glyf table is small.
      const tables = Array.from({ length: program.readUInt16BE(4) }, (_, i) => [program.toString('latin1', 12 + 16 * i, 16 + 16 * i), program.readUInt32BE(24 + 16 * i)] as const);
      expect(tables.map(([tag]) => tag)).toEqual(['glyf', 'head', 'hhea', 'hmtx', 'loca', 'maxp', 'prep']);
      expect(Object.fromEntries(tables).glyf).toBeLessThan(120_000);
    }
  });

  it('flows onto more pages when the goods do not fit, numbering them, and gives the same bytes for the same content', () => {
    const pdf = readPdf(certificateOfOriginPdf(content('ja', 60)));
    expect(pdf.pages.length).toBeGreaterThan(1);
    expect(pageText(pdf, 1).join('\n')).toContain(`2 / ${pdf.pages.length} ページ`);
    expect(certificateOfOriginPdf(content('ru')).equals(certificateOfOriginPdf(content('ru')))).toBe(true);
  });
});

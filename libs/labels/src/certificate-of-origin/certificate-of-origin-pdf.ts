import { EmbeddedFonts } from '../pdf/embedded-fonts';
import { PdfFile, PdfRef } from '../pdf/pdf-file';
import { BundledFont, bundledFont } from '../pdf/truetype/bundled-fonts';
import { CertificateLanguage } from './certificate-language';
import { CertificateOfOriginContent } from './certificate-of-origin';
import { CERTIFICATE_TEXT } from './certificate-text';
import { A4, PageFlow } from './page-flow';
import { qrImageObject } from './qr-image-object';

/** Fonts by language, first choice first: each reader's own forms of the Han characters, Noto Sans for Latin and Cyrillic. */
const FONTS: Readonly<Record<CertificateLanguage, readonly BundledFont[]>> = {
  en: ['noto-sans', 'noto-sans-jp', 'noto-sans-sc'],
  ru: ['noto-sans', 'noto-sans-jp', 'noto-sans-sc'],
  ja: ['noto-sans-jp', 'noto-sans', 'noto-sans-sc'],
  zh: ['noto-sans-sc', 'noto-sans', 'noto-sans-jp'],
};

const QR_SIDE = 110;

/**
 * A certificate of origin as an A4 PDF in one of four languages: the shipment, its goods, the
 * villages they come from with their shares, the certificates in force on the export date, the
 * inspections, and a QR code to the public verification page. Written with the label sheet's PDF
 * writer; text in embedded subsets of the Noto fonts (docs/adr/0013), so Cyrillic, Japanese and
 * Chinese print and can be searched and copied. The same content gives the same bytes.
 */
export function certificateOfOriginPdf(content: CertificateOfOriginContent): Buffer {
  const t = CERTIFICATE_TEXT[content.lang];
  const fonts = new EmbeddedFonts(FONTS[content.lang].map(bundledFont));
  const flow = new PageFlow(fonts);
  const qrX = A4.width - flow.left - QR_SIDE;
  const top = flow.top;
  flow.draw(`q ${QR_SIDE} 0 0 ${QR_SIDE} ${qrX.toFixed(2)} ${(top - QR_SIDE).toFixed(2)} cm /QR Do Q\n`);
  const textWidth = flow.width - QR_SIDE - 12;
  flow.paragraph(t.title, 22, textWidth, flow.left, true);
  flow.paragraph(t.madeInKyrgyzstan, 11, textWidth);
  flow.paragraph(t.subtitle, 9, textWidth);
  flow.skip(4);
  flow.paragraph(`${t.certificateNo} ${content.certificateOfOrigin}`, 12, textWidth, flow.left, true);
  while (flow.top > top - QR_SIDE - 14) flow.skip(4);
  flow.line(t.verify, 7, { x: qrX, advance: false });
  flow.skip(12);

  const columns = [0, 170];
  const fields: [string, string][] = [
    [t.shipment, content.shipmentId],
    [t.exporter, content.exporterId],
    [t.exportedFrom, content.exportedFrom],
    [t.consignee, content.buyer],
    [t.destination, content.destination],
    [t.countryOfOrigin, t.kyrgyzRepublic],
    [t.customsDeclaration, content.customsDeclaration],
    [t.hsCode, content.hsCode],
    [t.exportDate, content.exportDate],
  ];
  for (const [label, value] of fields) flow.row([label, value], columns, 9.5);

  flow.skip(10);
  flow.line(t.goods, 12, { bold: true });
  flow.row([t.lot, t.product, t.quantity], [0, 120, 390], 9, true);
  for (const lot of content.lots) flow.row([lot.lotId, lot.product, lot.quantity], [0, 120, 390], 9.5);

  flow.skip(10);
  flow.paragraph(t.origin, 12, flow.width, flow.left, true);
  for (const part of content.origin) {
    if (part.heading) flow.line(`${t.originOfLot} ${part.heading}`, 10, { bold: true });
    flow.row([t.village, t.share, t.producers], [0, 300, 390], 9, true);
    for (const v of part.villages) flow.row([v.village, v.percent, String(v.producers)], [0, 300, 390], 9.5);
    if (part.unattributedPercent) flow.row([t.unattributed, part.unattributedPercent, ''], [0, 300, 390], 9.5);
  }

  flow.skip(10);
  flow.paragraph(t.certifications, 12, flow.width, flow.left, true);
  if (content.certifications.length === 0) flow.line(t.noCertifications, 9.5);
  else {
    flow.row([t.scheme, t.certificate, t.lot, t.validity], [0, 190, 320, 410], 9, true);
    for (const c of content.certifications) flow.row([c.scheme, c.certificateId, c.lotId, c.validity], [0, 190, 320, 410], 9.5);
  }

  flow.skip(10);
  flow.paragraph(t.inspections, 12, flow.width, flow.left, true);
  if (content.inspections.length === 0) flow.line(t.noInspections, 9.5);
  for (const i of content.inspections) flow.row([i.date, i.lotId, i.outcome === 'passed' ? t.passed : t.failed, i.summary], [0, 80, 200, 290], 9);

  flow.skip(12);
  flow.paragraph(t.verifyNote, 9);
  flow.paragraph(content.verificationUrl, 9);
  flow.paragraph(t.record.replace('{n}', String(content.eventCount)), 8);
  flow.paragraph(t.proofsPending, 8);
  return writeDocument(flow, fonts, content);
}

function writeDocument(flow: PageFlow, fonts: EmbeddedFonts, content: CertificateOfOriginContent): Buffer {
  const t = CERTIFICATE_TEXT[content.lang];
  // Page numbers are known only now; they are set before the fonts are written, so their glyphs are in the subsets.
  const pages = flow.pages.map((ops, i) => `${ops}BT 0 Tr 1 0 0 1 48 30 Tm ${fonts.show(`${content.certificateOfOrigin} · ${t.page.replace('{n}', String(i + 1)).replace('{total}', String(flow.pages.length))}`, 7.5)} ET\n`);
  const pdf = new PdfFile();
  const catalog = pdf.reserve();
  const tree = pdf.reserve();
  const qr = qrImageObject(content.verificationUrl);
  const qrRef = pdf.add(qr.body);
  const fontResources = fonts.writeTo(pdf);
  const kids: PdfRef[] = pages.map((ops) => {
    const contents = pdf.add(PdfFile.stream(Buffer.from(ops, 'latin1')));
    return pdf.add(
      `<< /Type /Page /Parent ${tree} /MediaBox [0 0 ${A4.width} ${A4.height}] /Resources << /Font << ${fontResources} >> /XObject << /QR ${qrRef} >> >> /Contents ${contents} >>`,
    );
  });
  pdf.set(tree, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${tree} /Lang (${content.lang}) >>`);
  const title = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(`${t.title} ${content.certificateOfOrigin}`, 'utf16le').swap16()]);
  const info = pdf.add(`<< /Title <${title.toString('hex')}> /Producer (Tamga) >>`);
  return pdf.toBuffer(catalog, info);
}

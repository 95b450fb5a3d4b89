import { PdfFile, PdfRef } from '../pdf/pdf-file';
import { StandardFont, pdfString, toWinAnsiText } from '../pdf/helvetica';
import { FONT_RESOURCES, UnitLabel, drawLabel } from './draw-label';
import { LABELS_PER_PAGE, LABEL_LAYOUT, PT_PER_MM } from './label-layout';

/**
 * A printable A4 PDF of labels, one per unit, 21 to a page in the order given (see LABEL_LAYOUT).
 * Written object by object (no PDF library): a catalogue that asks viewers to print at actual size
 * (a "fit to page" print would shift every label off its sticker), one page tree, the two
 * standard fonts, and per page one compressed content stream. `title` goes into the document info.
 */
export function labelSheetPdf(labels: readonly UnitLabel[], title: string): Buffer {
  if (labels.length === 0) throw new RangeError('A label sheet needs at least one label');
  const pdf = new PdfFile();
  const catalog = pdf.reserve();
  const pages = pdf.reserve();
  const fonts = Object.entries(FONT_RESOURCES).map(
    ([font, name]) => `/${name} ${pdf.add(`<< /Type /Font /Subtype /Type1 /BaseFont /${font as StandardFont} /Encoding /WinAnsiEncoding >>`)}`,
  );
  const mediaBox = `[0 0 ${(LABEL_LAYOUT.pageWidthMm * PT_PER_MM).toFixed(2)} ${(LABEL_LAYOUT.pageHeightMm * PT_PER_MM).toFixed(2)}]`;
  const kids: PdfRef[] = [];
  for (let first = 0; first < labels.length; first += LABELS_PER_PAGE) {
    const content = labels
      .slice(first, first + LABELS_PER_PAGE)
      .map((label, i) => drawLabel(label, i))
      .join('');
    const contents = pdf.add(PdfFile.stream(content));
    kids.push(
      pdf.add(`<< /Type /Page /Parent ${pages} /MediaBox ${mediaBox} /Resources << /Font << ${fonts.join(' ')} >> >> /Contents ${contents} >>`),
    );
  }
  pdf.set(pages, `<< /Type /Pages /Kids [${kids.join(' ')}] /Count ${kids.length} >>`);
  pdf.set(catalog, `<< /Type /Catalog /Pages ${pages} /ViewerPreferences << /PrintScaling /None >> >>`);
  const info = pdf.add(`<< /Title ${pdfString(toWinAnsiText(title))} /Producer (Tamga) >>`);
  return pdf.toBuffer(catalog, info);
}

import { encodeQr, QUIET_ZONE_MODULES, darkRuns } from '../qr/qr-code';
import { StandardFont, pdfString, toWinAnsiText } from '../pdf/helvetica';
import { fitLine, wrapLines } from './fit-text';
import { LABEL_LAYOUT, PT_PER_MM, labelOrigin } from './label-layout';

/** What one unit's label shows. */
export interface UnitLabel {
  /** The unit's Digital Link, carried by the QR code. */
  readonly digitalLink: string;
  readonly productName: string;
  readonly gtin: string;
  readonly lotId: string;
  readonly serial: string;
}

/** The text line "Made in Kyrgyzstan": the national brand the presidential decree of 2023 created. */
export const MADE_IN_KYRGYZSTAN = 'Made in Kyrgyzstan';

/** The page resource names of the two fonts. */
export const FONT_RESOURCES: Readonly<Record<StandardFont, string>> = { Helvetica: 'F1', 'Helvetica-Bold': 'F2' };

// Two decimals of a point is a hundredth of a millimetre and more than any printer resolves.
const n = (value: number) => String(Number(value.toFixed(2)));

function text(line: string, font: StandardFont, size: number, x: number, y: number): string {
  return `BT /${FONT_RESOURCES[font]} ${n(size)} Tf 1 0 0 1 ${n(x)} ${n(y)} Tm ${pdfString(line)} Tj ET\n`;
}

/**
 * The content-stream operators of one label: the QR code as vector rectangles (one per run of
 * dark modules, so it stays sharp at any printer resolution), quiet zone left white, and beside it
 * the product name, lot, serial, GTIN and "Made in Kyrgyzstan" in the standard Helvetica fonts.
 */
export function drawLabel(label: UnitLabel, indexOnPage: number): string {
  const L = LABEL_LAYOUT;
  const { x, top } = labelOrigin(indexOnPage);
  const height = L.labelHeightMm * PT_PER_MM;
  const qrSide = L.qrSideMm * PT_PER_MM;
  const qrX = x + (L.paddingMm / 2) * PT_PER_MM;
  const qrTop = top - (height - qrSide) / 2;
  const code = encodeQr(label.digitalLink);
  const module = qrSide / (code.size + 2 * QUIET_ZONE_MODULES);
  let out = '0 g\n';
  darkRuns(code).forEach((runs, row) => {
    const y = qrTop - (row + QUIET_ZONE_MODULES + 1) * module;
    for (const [column, length] of runs) out += `${n(qrX + (column + QUIET_ZONE_MODULES) * module)} ${n(y)} ${n(length * module)} ${n(module)} re\n`;
  });
  out += 'f\n';

  const textX = qrX + qrSide + (L.paddingMm / 2) * PT_PER_MM;
  const width = x + L.labelWidthMm * PT_PER_MM - L.paddingMm * PT_PER_MM - textX;
  let y = top - 4 * PT_PER_MM - 8;
  for (const line of wrapLines(toWinAnsiText(label.productName), 'Helvetica-Bold', 8, width, 2)) {
    out += text(line, 'Helvetica-Bold', 8, textX, y);
    y -= 9.5;
  }
  y -= 3;
  for (const line of [`Lot ${label.lotId}`, `Serial ${label.serial}`, `GTIN ${label.gtin}`]) {
    const fitted = fitLine(toWinAnsiText(line), 'Helvetica', 7, width, 5);
    out += text(fitted.text, 'Helvetica', fitted.size, textX, y);
    y -= 8.5;
  }
  const brand = fitLine(MADE_IN_KYRGYZSTAN, 'Helvetica-Bold', 7, width, 5);
  out += text(brand.text, 'Helvetica-Bold', brand.size, textX, top - height + 4 * PT_PER_MM);
  return out;
}

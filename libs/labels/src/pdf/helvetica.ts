/**
 * Helvetica and Helvetica-Bold, two of the standard 14 fonts every PDF reader has, so a label
 * sheet embeds no font file. They cover Latin (WinAnsiEncoding) only: Cyrillic or CJK names would
 * need an embedded font (see docs/adr/0012).
 */
export type StandardFont = 'Helvetica' | 'Helvetica-Bold';

// Advance widths in 1/1000 em of the printable ASCII characters 32..126, from Adobe's AFM files
// (WinAnsi: 39 is quotesingle, 96 is grave).
const ASCII_WIDTHS: Record<StandardFont, readonly number[]> = {
  Helvetica: [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
    556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
  ],
  'Helvetica-Bold': [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
    556, 556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611,
    611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
  ],
};

/** WinAnsiEncoding's codes 0x80..0x9F, which differ from Latin-1 (quotes, dashes, euro...). */
const WIN_ANSI_EXTRAS: Readonly<Record<string, number>> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88, '‰': 0x89, 'Š': 0x8a, '‹': 0x8b,
  'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99,
  'š': 0x9a, '›': 0x9b, 'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/** The ellipsis, in WinAnsiEncoding. */
export const ELLIPSIS = '…';

/** A character's WinAnsi code, or undefined when the standard fonts cannot show it. */
export function winAnsiCode(char: string): number | undefined {
  const cp = char.codePointAt(0) ?? 0;
  if ((cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xff)) return cp;
  return WIN_ANSI_EXTRAS[char];
}

/** Replaces each character the standard fonts cannot show with "?", so a label never prints garbage. */
export function toWinAnsiText(text: string): string {
  return [...text].map((c) => (winAnsiCode(c) === undefined ? '?' : c)).join('');
}

/** Width of a (WinAnsi) text in points. Letters beyond ASCII count as an average letter: only for fitting. */
export function textWidth(text: string, font: StandardFont, size: number): number {
  let units = 0;
  for (const c of text) {
    const code = c.codePointAt(0) ?? 0;
    units += code >= 32 && code <= 126 ? ASCII_WIDTHS[font][code - 32] : c === ELLIPSIS || c === '—' ? 1000 : 556;
  }
  return (units * size) / 1000;
}

/** A PDF literal string of WinAnsi text: parentheses and backslashes escaped, non-ASCII as octal. */
export function pdfString(text: string): string {
  let out = '(';
  for (const c of text) {
    const code = winAnsiCode(c) ?? 0x3f;
    if (c === '(' || c === ')' || c === '\\') out += `\\${c}`;
    else if (code < 0x80) out += String.fromCharCode(code);
    else out += `\\${code.toString(8).padStart(3, '0')}`;
  }
  return `${out})`;
}

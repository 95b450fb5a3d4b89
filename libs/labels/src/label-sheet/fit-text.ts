import { ELLIPSIS, StandardFont, textWidth } from '../pdf/helvetica';

/** A line of text and the size to set it at. */
export interface FittedLine {
  readonly text: string;
  readonly size: number;
}

/** Cuts text to fit a width, ending it with an ellipsis when anything was cut. */
function truncate(text: string, font: StandardFont, size: number, width: number): string {
  if (textWidth(text, font, size) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('').trimEnd()}${ELLIPSIS}`, font, size) > width) chars.pop();
  return `${chars.join('').trimEnd()}${ELLIPSIS}`;
}

/**
 * One line in a width: set smaller, down to `minSize`, before anything is cut. A lot code or
 * serial must be read whole from the label, so shrinking comes first; cutting is the last resort.
 */
export function fitLine(text: string, font: StandardFont, size: number, width: number, minSize: number): FittedLine {
  let fitted = size;
  while (fitted > minSize && textWidth(text, font, fitted) > width) fitted = Math.max(minSize, fitted - 0.25);
  return { text: truncate(text, font, fitted, width), size: fitted };
}

/** Words wrapped into at most `maxLines` lines of a width; the last line ends in an ellipsis if text is left over. */
export function wrapLines(text: string, font: StandardFont, size: number, width: number, maxLines: number): string[] {
  const lines: string[] = [];
  let words = text.split(/\s+/).filter(Boolean);
  while (words.length > 0 && lines.length < maxLines) {
    let n = 1;
    while (n < words.length && textWidth(words.slice(0, n + 1).join(' '), font, size) <= width) n++;
    const last = lines.length === maxLines - 1;
    const line = last ? words.join(' ') : words.slice(0, n).join(' ');
    lines.push(truncate(line, font, size, width));
    words = last ? [] : words.slice(n);
  }
  return lines;
}

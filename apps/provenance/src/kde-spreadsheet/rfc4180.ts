/** Tells a spreadsheet program the file is UTF-8 (Excel reads a BOM-less CSV in the machine's code page). */
export const UTF8_BOM = '\uFEFF';

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection):
// a reason or a document number typed by a party must not execute on an inspector's machine.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field as RFC 4180 writes it: quoted when it holds a comma, a double quote or a line break,
 * a double quote doubled. A value a spreadsheet would take for a formula is prefixed with an
 * apostrophe (shown as text, as OWASP advises); Tamga's own values (codes, quantities, times) never are.
 */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== value ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record: fields separated by commas, ended by CRLF as RFC 4180 says. */
export function csvRecord(values: readonly string[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

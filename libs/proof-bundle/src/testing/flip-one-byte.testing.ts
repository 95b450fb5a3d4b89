/**
 * The bundle's JSON text with one byte changed: the character `offset` characters into the first
 * occurrence of `anchor` (after `within`, when given: a section's key), replaced by another of its
 * kind (a hex digit by another hex digit), so the file stays valid JSON and exactly one byte differs.
 */
export function flipOneByte(text: string, anchor: string, offset = 0, within?: string): string {
  const from = within === undefined ? 0 : text.indexOf(within);
  if (from < 0) throw new Error(`"${within}" is not in the bundle`);
  const at = text.indexOf(anchor, from);
  if (at < 0) throw new Error(`"${anchor}" is not in the bundle${within ? ` after "${within}"` : ''}`);
  const i = at + offset;
  const c = text[i];
  const replacement = /[0-9]/.test(c) ? String((Number(c) + 1) % 10) : /[a-f]/.test(c) ? (c === 'f' ? 'a' : String.fromCharCode(c.charCodeAt(0) + 1)) : /[A-Za-z]/.test(c) ? (c === 'z' ? 'y' : c === 'Z' ? 'Y' : String.fromCharCode(c.charCodeAt(0) + 1)) : null;
  if (replacement === null) throw new Error(`"${c}" at ${i} is not a letter or digit to flip`);
  return text.slice(0, i) + replacement + text.slice(i + 1);
}

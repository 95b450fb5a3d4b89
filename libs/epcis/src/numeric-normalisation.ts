/**
 * CBV 2.0 §8.9 rules 6 and 7: numeric values are hashed without trailing zeros, without a
 * leading "+" and without quotes ("1.0" -> "1", "0.3430" -> "0.343"). Integral values are written
 * out in full; other values use the shortest round-trip decimal form (scientific notation below
 * 1e-4, as the GS1 reference implementation prints it, e.g. "1e-05").
 */

/** A decimal floating-point literal: sign, digits (with optional "_" separators), fraction, exponent. */
const DECIMAL_LITERAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;

/** Formats a finite number in its canonical pre-hash form. */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return BigInt(value).toString();
  const magnitude = Math.abs(value);
  if (magnitude >= 1e-4 && magnitude < 1e16) return String(value);
  const [mantissa, exponent] = value.toExponential().split('e') as [string, string];
  const sign = exponent.startsWith('-') ? '-' : '+';
  return `${mantissa}e${sign}${exponent.replace(/^[+-]/, '').padStart(2, '0')}`;
}

/** Rewrites a numeric literal in canonical form; any other text is returned unchanged. */
export function normaliseNumeric(text: string): string {
  if (!DECIMAL_LITERAL.test(text)) return text;
  const value = Number(text.replace(/_/g, ''));
  return Number.isFinite(value) ? formatNumber(value) : text;
}

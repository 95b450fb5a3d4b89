/**
 * CBV 2.0 §8.9 orders strings "by their case-sensitive lexical ordering, considering UTF-8/ASCII
 * code values of each successive character". Comparing Unicode code points gives exactly the
 * UTF-8 byte order; JavaScript's default sort compares UTF-16 code units, which differs for
 * characters outside the Basic Multilingual Plane.
 */

/** Compares two strings by Unicode code point, i.e. in UTF-8 byte order. */
export function compareCodePoints(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(j) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  const restA = a.length - i;
  const restB = b.length - j;
  return restA === restB ? 0 : restA < restB ? -1 : 1;
}

/** Returns a sorted copy of the strings in CBV lexical (code point) order. */
export function sortLexically(values: readonly string[]): string[] {
  return [...values].sort(compareCodePoints);
}

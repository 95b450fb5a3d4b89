/**
 * Fractions as percentages with two decimals that add up to exactly 100.00 (largest remainder,
 * Hamilton's method): a certificate that lists 33.33 + 33.33 + 33.33 = 99.99 % invites a customs
 * officer's question the record cannot answer. Ties go to the earlier entry, so the result is
 * stable for a stable order. Fractions that do not add up to 1 (part of a lot's origin unknown)
 * are scaled to their own total in hundredths, never pushed to 100.
 */
export function percentagesOf(fractions: readonly number[]): number[] {
  const total = fractions.reduce((sum, f) => sum + f, 0);
  if (fractions.length === 0 || total <= 0) return fractions.map(() => 0);
  // Hundredths of a percent: 10,000 for a whole, or the total's own count of them when short of one.
  const target = Math.round(Math.min(total, 1) * 10_000);
  const exact = fractions.map((f) => (f / total) * target);
  const floors = exact.map(Math.floor);
  let left = target - floors.reduce((sum, f) => sum + f, 0);
  const order = exact.map((e, i) => ({ i, rest: e - floors[i] })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] += 1;
    left -= 1;
  }
  return floors.map((f) => f / 100);
}

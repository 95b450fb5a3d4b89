import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '#tamga/local-infra';
import { round } from './stats';

/** The machine a result was measured on, for the results file. */
export function machine(): Record<string, unknown> {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model ?? 'unknown',
    memory_gib: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}

/** The 1, 5 and 15 minute load averages now: what else the machine was running shows in them. */
export function loadAverages(): { readonly '1m': number; readonly '5m': number; readonly '15m': number } {
  const [one, five, fifteen] = loadavg();
  return { '1m': round(one, 2), '5m': round(five, 2), '15m': round(fifteen, 2) };
}

/**
 * Prints a table: the first row is the header; columns listed in `leftAligned` are padded on the
 * right (text), the others on the left (numbers).
 */
export function printTable(rows: readonly (readonly string[])[], leftAligned: readonly number[]): void {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: readonly string[]) => r.map((cell, c) => (leftAligned.includes(c) ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  rows.slice(1).forEach((r) => console.log(line(r)));
}

/** Writes bench/results/<name>.json atomically: a half-written file never replaces a good one. */
export function writeResults(name: string, results: Record<string, unknown>): void {
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  console.log(`\nWrote ${file}`);
}

/** Each value rounded to two decimals (cores used). */
export function roundAll(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, 2)]));
}

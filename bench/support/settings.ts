/** The benchmarks' own database on the embedded server, dropped and recreated by every run. */
export const BENCH_DATABASE = 'tamga_bench';

/** A positive whole number from the environment, or `fallback` when unset. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

/** How the services run (BENCH_SERVICES): `in-process`, as the e2e tests run them, or `processes`, one each as `npm start` runs them. */
export function servicesMode(): 'in-process' | 'processes' {
  const mode = process.env.BENCH_SERVICES ?? 'in-process';
  if (mode !== 'in-process' && mode !== 'processes') throw new Error(`BENCH_SERVICES must be in-process or processes, not "${mode}"`);
  return mode;
}

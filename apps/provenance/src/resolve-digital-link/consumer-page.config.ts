/** How the consumer pages are served (README, For consumers; docs/adr/0014). */
export interface ConsumerPageConfig {
  /** How long a rendered page is reused without asking the read models (0: never). */
  readonly pageCacheMs: number;
  /** How often scan counts are written to Postgres in one statement. */
  readonly scanFlushMs: number;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number of milliseconds, not "${raw}"`);
  return value;
}

/**
 * A page is reused for 2 s: a scan storm on one code (a shelf of jars at a tasting) costs the
 * database one read per code every 2 s, and a new recall reaches the page within 2 s of being
 * projected. Scan counts are written once a second.
 */
export function loadConsumerPageConfig(env: NodeJS.ProcessEnv = process.env): ConsumerPageConfig {
  return {
    pageCacheMs: milliseconds(env, 'TAMGA_PAGE_CACHE_MS', 2_000),
    scanFlushMs: Math.max(10, milliseconds(env, 'TAMGA_SCAN_FLUSH_MS', 1_000)),
  };
}

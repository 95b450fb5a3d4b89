import { envInt, servicesMode } from '../support/settings';

/** What the spine benchmark does, overridable by environment variables (bench/README.md). */
export const SETTINGS = {
  events: envInt('BENCH_EVENTS', 50_000),
  batchSize: envInt('BENCH_BATCH', 500),
  clients: envInt('BENCH_CLIENTS', 4),
  warmupEvents: envInt('BENCH_WARMUP_EVENTS', 2_000),
  lagRate: envInt('BENCH_LAG_RATE', 500),
  lagSeconds: envInt('BENCH_LAG_SECONDS', 25),
  lagWarmupSeconds: envInt('BENCH_LAG_WARMUP_SECONDS', 3),
  /**
   * Harvests per request in the lag phase: 1 sends POST /harvests, more sends small batches to
   * POST /harvests/batch. 10 by default: single harvests top out below 500/s on 2 cores (the
   * singles phase measures where), and a lag measured behind a growing queue is no lag figure.
   */
  lagBatch: envInt('BENCH_LAG_BATCH', 10),
  partitions: envInt('TAMGA_EVENT_TOPIC_PARTITIONS', 6),
  singlesSeconds: envInt('BENCH_SINGLES_SECONDS', 5),
  singlesClients: envInt('BENCH_SINGLES_CLIENTS', 16),
  /** `in-process` (the default, as the e2e tests run them) or `processes` (one each, as `npm start` runs them). */
  services: servicesMode(),
} as const;

/** The figures the project is headed for on 2 cores (issue 2). */
export const TARGETS = { events_per_s: 5_000, lag_p99_ms: 1_000 } as const;
export const PROGRESS_POLL_MS = 10;
export const LAG_POLL_MS = 5;
export const LAG_MAX_IN_FLIGHT = 256;
export const PHASE_TIMEOUT_MS = 240_000;

import { envInt, servicesMode } from '../support/settings';

/** What the journey benchmark does, overridable by environment variables (bench/README.md). */
export const JOURNEY_SETTINGS = {
  /** Supply chains recorded in the timed phase: about 57 events each, so 880 is about 50,000 events. */
  chains: envInt('BENCH_JOURNEY_CHAINS', 880),
  /** Chains one client records per round: its harvest batch holds about 15 times as many harvests. */
  chainsPerRound: envInt('BENCH_JOURNEY_CHAINS_PER_ROUND', 12),
  /** Concurrent clients, each a chain of parties (cooperative, shop, exporter, certifier, inspector) with its own keys. */
  clients: envInt('BENCH_JOURNEY_CLIENTS', 4),
  warmupChains: envInt('BENCH_JOURNEY_WARMUP_CHAINS', 48),
  /** Rows in each baseline and rows per baseline send/COPY: the spine's, so the yardsticks are the same. */
  baselineRows: envInt('BENCH_EVENTS', 50_000),
  baselineBatch: envInt('BENCH_BATCH', 500),
  partitions: envInt('TAMGA_EVENT_TOPIC_PARTITIONS', 6),
  services: servicesMode(),
} as const;

export const JOURNEY_PROGRESS_POLL_MS = 10;
export const JOURNEY_PHASE_TIMEOUT_MS = 300_000;

import { envInt } from '../support/settings';

/** The provenance benchmark's own database: its dataset is kept between runs (regenerating takes minutes). */
export const PROVENANCE_DATABASE = 'tamga_bench_provenance';
/** Where its dataset is published and projected from: kept with the database, so the log stays replayable. */
export const PROVENANCE_TOPIC = 'tamga.bench-provenance.lot-events.v1';
export const PROVENANCE_RELAY = 'tamga-bench-provenance-relay';
export const PROVENANCE_PROJECTOR_GROUP = 'tamga-bench-provenance-projector';

/** What the provenance benchmark does, overridable by environment variables (bench/README.md). */
export const PROVENANCE_SETTINGS = {
  /** Events in the dataset (at least; the generator finishes the cycle it is in). */
  events: envInt('BENCH_PROVENANCE_EVENTS', 1_000_000),
  seed: envInt('BENCH_PROVENANCE_SEED', 1),
  /** Connections of the requests/s phases (hello world and the cached page: the same for both). */
  connections: envInt('BENCH_HTTP_CONNECTIONS', 32),
  /** Connections of the latency phases: a few phones scanning at once, not a saturating flood. */
  latencyConnections: envInt('BENCH_LATENCY_CONNECTIONS', 4),
  /** Rounds of hello world, cached page body, cached page 304, alternately; each figure is its median round. */
  rounds: envInt('BENCH_HTTP_ROUNDS', 3),
  seconds: envInt('BENCH_HTTP_SECONDS', 5),
  warmupSeconds: envInt('BENCH_HTTP_WARMUP_SECONDS', 2),
  /** Distinct lots whose page is computed once each (uncached), after as many again to warm up. */
  pageLots: envInt('BENCH_PAGE_LOTS', 3_000),
  /** Other distinct lots opened one at a time after that: the service time of an uncached page, without queueing. */
  pageSingleLots: envInt('BENCH_PAGE_SINGLE_LOTS', 500),
  /** Pages kept hot in the cached phase (a shelf of popular products, in their shoppers' languages). */
  cachedPages: envInt('BENCH_CACHED_PAGES', 16),
  traceLots: envInt('BENCH_TRACE_LOTS', 1_000),
  dossierShipments: envInt('BENCH_DOSSIER_SHIPMENTS', 500),
  partitions: envInt('TAMGA_EVENT_TOPIC_PARTITIONS', 6),
  /** Set (BENCH_PROFILE=1) to run the provenance service under --cpu-prof; profiles go to .tamga/profiles. */
  profile: process.env.BENCH_PROFILE === '1',
} as const;

/** The figures' targets on 2 cores (issue: "Performance"). */
export const TARGETS = {
  page_p99_ms: 50,
  page_cached_over_hello: 0.5,
  trace_back_p99_ms: 40,
  trace_forward_p99_ms: 40,
} as const;

import { envInt } from '../support/settings';

/** The integrity benchmark's own database: it may run beside the spine's (tamga_bench). */
export const INTEGRITY_DATABASE = 'tamga_bench_integrity';

/** What the integrity benchmark does; each figure may be changed through the environment. */
export const INTEGRITY_SETTINGS = {
  partitions: 6,
  /** How long the raw verify baseline runs (BENCH_VERIFY_MS). */
  verifyMs: envInt('BENCH_VERIFY_MS', 3_000),
  /** Harvests posted unsigned (server-signed), then device-signed, in offline batches. */
  unsignedEvents: envInt('BENCH_UNSIGNED_EVENTS', 20_000),
  signedEvents: envInt('BENCH_SIGNED_EVENTS', 20_000),
  /** Alternate rounds of server-signed and device-signed posting the events are split into (BENCH_ROUNDS). */
  rounds: envInt('BENCH_ROUNDS', 4),
  /** Facts per POST /lot-facts/batch, and how many clients post at once. */
  batchSize: envInt('BENCH_BATCH_SIZE', 200),
  clients: envInt('BENCH_CLIENTS', 4),
  /** Concurrent dry runs while the device signs its facts (before anything is timed). */
  signers: envInt('BENCH_SIGNERS', 8),
  /** The log grows to at least this many leaves before proofs are measured. */
  leaves: envInt('BENCH_LEAVES', 100_000),
  /** Messages in the raw Kafka produce baseline (sent 1,000 at a time, as the relay sends). */
  kafkaRows: envInt('BENCH_KAFKA_ROWS', 30_000),
  /** Checkpoints timed one at a time, each after the log grew by one fact. */
  checkpoints: envInt('BENCH_CHECKPOINTS', 30),
  /** Proof and hello-world requests per latency measurement (one connection) and seconds per throughput one. */
  proofRequests: envInt('BENCH_PROOF_REQUESTS', 2_000),
  throughputSeconds: envInt('BENCH_THROUGHPUT_SECONDS', 8),
  throughputConnections: envInt('BENCH_CONNECTIONS', 8),
  /** Harvested lots per producer in the bundle's journey (three producers): about 4 events each. */
  bundleLotsPerProducer: envInt('BENCH_BUNDLE_LOTS', 40),
  /** Times the bundle is fetched and verified (the median is reported). */
  bundleRepeats: envInt('BENCH_BUNDLE_REPEATS', 5),
  /** BENCH_PROFILE=1: the capture service runs under --cpu-prof. */
  profile: process.env.BENCH_PROFILE === '1',
} as const;

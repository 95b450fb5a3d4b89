import 'reflect-metadata';
import { readFileSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { readStoreId } from '#tamga/event-store';
import { Kafka, createKafka } from '#tamga/messaging';
import { createPool, runMigrations } from '#tamga/platform';
import { repoRoot } from '#tamga/local-infra';
import { Infrastructure, provideInfrastructure } from '#tamga/local-infra';
import { BaselineResult, measureKafkaProduce, measurePgCopy } from './support/baselines';
import { CpuSnapshot, ProcessGroups, coresUsed, cpuSnapshot, tamgaProcessGroups } from './support/cpu';
import { harvestFor, lotIds, newRunId } from './support/harvests';
import { RunningServices, startTamgaInProcess, startTamgaProcesses } from './support/tamga-services';
import { chunk, fmt, percentile, round, sleep } from './support/stats';

/**
 * The spine benchmark: harvests through capture → event store → relay → Kafka → projector →
 * read model, against raw Kafka and raw Postgres COPY on the same machine, then the projection
 * lag at a steady rate. `npm run bench:spine`; README.md beside this file explains the figures.
 */

const SETTINGS = {
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

const TARGETS = { events_per_s: 5_000, lag_p99_ms: 1_000 } as const;
const BENCH_DATABASE = 'tamga_bench';
const PROGRESS_POLL_MS = 10;
const LAG_POLL_MS = 5;
const LAG_MAX_IN_FLIGHT = 256;
const PHASE_TIMEOUT_MS = 240_000;

function servicesMode(): 'in-process' | 'processes' {
  const mode = process.env.BENCH_SERVICES ?? 'in-process';
  if (mode !== 'in-process' && mode !== 'processes') throw new Error(`BENCH_SERVICES must be in-process or processes, not "${mode}"`);
  return mode;
}

function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}"`);
  return value;
}

/** What the phases share. */
interface Bench {
  readonly run: string;
  readonly tamga: RunningServices;
  readonly pool: Pool;
  readonly kafka: Kafka;
  readonly topic: string;
  readonly groups: ProcessGroups;
}

async function main(): Promise<number> {
  const run = newRunId();
  const startedAt = new Date();
  console.log(`Tamga spine benchmark, run ${run}: ${cpus().length} cores, Node ${process.version}`);
  console.log(
    `  ${fmt(SETTINGS.events)} events in batches of ${SETTINGS.batchSize} from ${SETTINGS.clients} clients; ` +
      `lag at ${SETTINGS.lagRate}/s for ${SETTINGS.lagSeconds} s (${SETTINGS.lagBatch} per request)`,
  );

  const cleanups: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const step of cleanups.reverse()) await step().catch((error) => console.error(`  cleanup: ${String(error)}`));
    })());
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\nInterrupted: stopping what the benchmark started...');
    void cleanUp().then(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // Infrastructure: the user's (DATABASE_URL, KAFKA_BROKERS) or the embedded/bundled ones.
    const ownDatabase = !process.env.DATABASE_URL;
    const infrastructure: Infrastructure = await provideInfrastructure(BENCH_DATABASE);
    cleanups.push(() => infrastructure.release());
    infrastructure.description.forEach((line) => console.log(`  ${line}`));
    if (ownDatabase) await recreateDatabase(infrastructure.databaseUrl);
    await runMigrations(infrastructure.databaseUrl);
    console.log(`  Database: ${ownDatabase ? `${BENCH_DATABASE} (recreated empty, kept after the run)` : 'DATABASE_URL, as it is'}`);

    const topic = `tamga.bench.${run}.lot-events`;
    const baselineTopic = `tamga.bench.${run}.baseline`;
    Object.assign(process.env, {
      DATABASE_URL: infrastructure.databaseUrl,
      KAFKA_BROKERS: infrastructure.kafkaBrokers,
      TAMGA_EVENT_TOPIC: topic,
      TAMGA_EVENT_TOPIC_PARTITIONS: String(SETTINGS.partitions),
      TAMGA_PROJECTOR_GROUP: `tamga-bench-projector-${run}`,
      TAMGA_RELAY_NAME: 'tamga-bench-relay',
    });
    const pool = createPool(infrastructure.databaseUrl, 4);
    cleanups.push(() => pool.end());
    const kafka = createKafka({ brokers: infrastructure.kafkaBrokers.split(','), clientId: `tamga-bench-${run}` });
    cleanups.push(() => deleteTopics(kafka, [topic, baselineTopic]));
    const groups = tamgaProcessGroups(await postmasterPid(pool));

    // Baselines first, while nothing else runs.
    console.log('\nBaselines');
    const kafkaBaseline = await measureKafkaProduce(
      kafka,
      baselineTopic,
      SETTINGS.partitions,
      run,
      SETTINGS.events,
      SETTINGS.batchSize,
      await readStoreId(pool),
    );
    console.log(`  raw Kafka produce: ${fmt(kafkaBaseline.perSecond)} msg/s (${kafkaBaseline.seconds.toFixed(2)} s)`);
    const copyTable = `public.bench_copy_${run}`;
    cleanups.push(() => pool.query(`DROP TABLE IF EXISTS ${copyTable}`));
    const copyBaseline = await measurePgCopy(pool, copyTable, run, SETTINGS.events, SETTINGS.batchSize);
    console.log(`  raw Postgres COPY: ${fmt(copyBaseline.perSecond)} rows/s (${copyBaseline.seconds.toFixed(2)} s)`);
    await pool.query(`DROP TABLE IF EXISTS ${copyTable}`);

    console.log(
      `\nStarting capture, relay, projector and provenance ${SETTINGS.services === 'processes' ? 'as four processes' : 'in this process'}...`,
    );
    const tamga = SETTINGS.services === 'processes' ? await startTamgaProcesses() : await startTamgaInProcess();
    cleanups.push(() => tamga.stop());
    const bench: Bench = { run, tamga, pool, kafka, topic, groups };

    await warmUp(bench);
    console.log('\nThroughput: batches through the whole spine');
    const throughput = await throughputPhase(bench);
    console.log('\nLag: a steady stream, 201 to read model');
    const lag = await lagPhase(bench);
    console.log('\nSingle harvests: POST /harvests as fast as it answers');
    const singles = await singlesPhase(bench);

    const results = report(startedAt, infrastructure, kafkaBaseline, copyBaseline, throughput, lag, singles);
    writeResults(results);
    return 0;
  } catch (error) {
    console.error(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    if (!interrupted) {
      console.log('\nStopping the services and releasing Kafka and Postgres...');
      await cleanUp();
    }
  }
}

// ---------------------------------------------------------------- phases

async function warmUp(bench: Bench): Promise<void> {
  const ids = lotIds(bench.run, 'W', SETTINGS.warmupEvents);
  const started = performance.now();
  for (const batch of chunk(ids, SETTINGS.batchSize)) {
    await postBatch(bench.tamga.captureUrl, JSON.stringify({ harvests: batch.map((id, i) => harvestFor(id, i)) }));
  }
  for (let i = 0; i < 10; i++) await postSingle(bench.tamga.captureUrl, JSON.stringify(harvestFor(`${ids[0]}s${i}`, i)));
  await waitForProjected(bench, ids.length + 10, PHASE_TIMEOUT_MS);
  console.log(`  warm-up: ${ids.length + 10} events through the spine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

interface ThroughputResult {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** Seconds from the first request to: every 201 received, every event on Kafka, every event in the read model. */
  readonly stages: { readonly captureAcked: number; readonly relayPublished: number; readonly readModelVisible: number };
  readonly cores: Record<string, number>;
  readonly requestMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

async function throughputPhase(bench: Bench): Promise<ThroughputResult> {
  const n = SETTINGS.events;
  const ids = lotIds(bench.run, 'T', n);
  const bodies = chunk(ids.map((id, i) => harvestFor(id, i)), SETTINGS.batchSize).map((harvests) => JSON.stringify({ harvests }));
  const projectedBefore = await projectedCount(bench);
  const publishedBefore = await publishedCount(bench);
  const requestMs: number[] = [];
  let failure: unknown = null;
  let next = 0;
  let captureAcked = Number.NaN;
  let relayPublished = Number.NaN;

  const cpu0 = cpuSnapshot(bench.groups);
  const t0 = performance.now();
  const clients = Promise.all(
    Array.from({ length: SETTINGS.clients }, async () => {
      while (next < bodies.length && !failure) {
        const body = bodies[next++];
        const sent = performance.now();
        await postBatch(bench.tamga.captureUrl, body);
        requestMs.push(performance.now() - sent);
      }
    }),
  ).then(
    () => (captureAcked = performance.now() - t0),
    (error) => (failure = error),
  );
  const relayWatch = (async () => {
    while (!failure && performance.now() - t0 < PHASE_TIMEOUT_MS) {
      if ((await publishedCount(bench)) >= publishedBefore + n) return void (relayPublished = performance.now() - t0);
      await sleep(25);
    }
  })();
  let visibleAt = Number.NaN;
  for (;;) {
    if (failure) throw failure;
    if (performance.now() - t0 > PHASE_TIMEOUT_MS) throw new Error(`Not every event was visible after ${PHASE_TIMEOUT_MS / 1000} s`);
    const polledAt = performance.now();
    // The projector moves its checkpoint in the transaction that writes the rows: a cheap trigger...
    if ((await projectedCount(bench)) >= projectedBefore + n) {
      // ...and the read model itself decides (exact, by lot id).
      if ((await visibleCount(bench.pool, ids)) === n) {
        visibleAt = polledAt - t0;
        break;
      }
    }
    await sleep(PROGRESS_POLL_MS);
  }
  const cpu1 = cpuSnapshot(bench.groups);
  await clients;
  await relayWatch;
  const seconds = visibleAt / 1000;
  const result: ThroughputResult = {
    events: n,
    seconds,
    eventsPerSecond: n / seconds,
    stages: { captureAcked: captureAcked / 1000, relayPublished: relayPublished / 1000, readModelVisible: seconds },
    cores: coresUsed(cpu0, cpu1),
    requestMs: { p50: percentile(requestMs, 50), p99: percentile(requestMs, 99), max: Math.max(...requestMs) },
  };
  console.log(
    `  ${fmt(n)} events visible in ${seconds.toFixed(2)} s: ${fmt(result.eventsPerSecond)} events/s ` +
      `(all 201s after ${result.stages.captureAcked.toFixed(2)} s, all on Kafka after ${result.stages.relayPublished.toFixed(2)} s)`,
  );
  console.log(`  cores used: ${describeCores(result.cores)}`);
  return result;
}

interface LagResult {
  readonly rate: number;
  readonly seconds: number;
  readonly perRequest: number;
  readonly measuredEvents: number;
  readonly achievedRate: number;
  readonly lagMs: { readonly p50: number; readonly p90: number; readonly p99: number; readonly max: number };
  readonly captureMs: { readonly p50: number; readonly p99: number };
  readonly sendSlipMsP99: number;
  readonly pollPeriodMs: { readonly p50: number; readonly p99: number };
  readonly cores: Record<string, number>;
}

async function lagPhase(bench: Bench): Promise<LagResult> {
  const perRequest = SETTINGS.lagBatch;
  const warmRequests = Math.round((SETTINGS.lagRate * SETTINGS.lagWarmupSeconds) / perRequest);
  const requests = warmRequests + Math.round((SETTINGS.lagRate * SETTINGS.lagSeconds) / perRequest);
  const ids = lotIds(bench.run, 'L', requests * perRequest);
  const bodies = chunk(ids.map((id, i) => harvestFor(id, i)), perRequest).map((h) =>
    perRequest === 1 ? JSON.stringify(h[0]) : JSON.stringify({ harvests: h }),
  );
  const intervalMs = (1000 * perRequest) / SETTINGS.lagRate;
  const sentAt = new Float64Array(requests).fill(Number.NaN);
  const ackedAt = new Float64Array(ids.length).fill(Number.NaN);
  const seenAt = new Float64Array(ids.length).fill(Number.NaN);
  const pending = new Map<string, number>();
  const pollStarts: number[] = [];
  let failure: unknown = null;
  let inFlight = 0;
  let sending = true;

  const fire = (r: number) => {
    inFlight++;
    sentAt[r] = performance.now();
    const send = perRequest === 1 ? postSingle : postBatch;
    send(bench.tamga.captureUrl, bodies[r])
      .then(() => {
        const acked = performance.now();
        for (let i = r * perRequest; i < (r + 1) * perRequest; i++) {
          ackedAt[i] = acked;
          pending.set(ids[i], i);
        }
      })
      .catch((error) => (failure ??= error))
      .finally(() => inFlight--);
  };

  const poller = (async () => {
    while ((sending || pending.size > 0) && !failure) {
      if (pending.size === 0) {
        await sleep(1);
        continue;
      }
      const polledAt = performance.now();
      pollStarts.push(polledAt);
      const { rows } = await bench.pool.query<{ lot_id: string }>(
        'SELECT lot_id FROM read_model.lot_events WHERE lot_id = ANY($1::text[])',
        [[...pending.keys()]],
      );
      for (const { lot_id } of rows) {
        const i = pending.get(lot_id);
        if (i === undefined) continue;
        // Visible by the time this query started, not before the previous one: lag is overstated
        // by at most one poll period.
        seenAt[i] = polledAt;
        pending.delete(lot_id);
      }
      await sleep(LAG_POLL_MS);
    }
  })();

  const cpu0 = cpuSnapshot(bench.groups);
  let cpuAfterWarm: CpuSnapshot | null = null;
  const t0 = performance.now();
  let r = 0;
  while (r < requests && !failure) {
    const now = performance.now();
    while (r < requests && t0 + r * intervalMs <= now && inFlight < LAG_MAX_IN_FLIGHT) {
      if (r === warmRequests) cpuAfterWarm = cpuSnapshot(bench.groups);
      fire(r++);
    }
    await sleep(1);
  }
  const sendingEnded = performance.now();
  while (inFlight > 0 && !failure) await sleep(1);
  const cpu1 = cpuSnapshot(bench.groups);
  sending = false;
  const deadline = performance.now() + 60_000;
  while (pending.size > 0 && !failure && performance.now() < deadline) await sleep(10);
  if (failure) throw failure;
  if (pending.size > 0) throw new Error(`${pending.size} events were still not visible 60 s after the last 201`);
  await poller;

  const first = warmRequests * perRequest;
  const lags: number[] = [];
  const capture: number[] = [];
  const slips: number[] = [];
  for (let i = first; i < ids.length; i++) lags.push(Math.max(0, seenAt[i] - ackedAt[i]));
  for (let q = warmRequests; q < requests; q++) {
    capture.push(ackedAt[q * perRequest] - sentAt[q]);
    slips.push(sentAt[q] - (t0 + q * intervalMs));
  }
  const periods = pollStarts.slice(1).map((t, i) => t - pollStarts[i]);
  const measuredSeconds = (sendingEnded - sentAt[warmRequests]) / 1000;
  const result: LagResult = {
    rate: SETTINGS.lagRate,
    seconds: SETTINGS.lagSeconds,
    perRequest,
    measuredEvents: lags.length,
    achievedRate: lags.length / measuredSeconds,
    lagMs: { p50: percentile(lags, 50), p90: percentile(lags, 90), p99: percentile(lags, 99), max: Math.max(...lags) },
    captureMs: { p50: percentile(capture, 50), p99: percentile(capture, 99) },
    sendSlipMsP99: percentile(slips, 99),
    pollPeriodMs: { p50: percentile(periods, 50), p99: percentile(periods, 99) },
    cores: coresUsed(cpuAfterWarm ?? cpu0, cpu1),
  };
  console.log(
    `  ${fmt(result.measuredEvents)} events at ${fmt(result.achievedRate)}/s: lag p50 ${fmt(result.lagMs.p50)} ms, ` +
      `p99 ${fmt(result.lagMs.p99)} ms, max ${fmt(result.lagMs.max)} ms (poll period p50 ${result.pollPeriodMs.p50.toFixed(1)} ms)`,
  );
  console.log(`  capture 201 p50 ${result.captureMs.p50.toFixed(1)} ms, p99 ${result.captureMs.p99.toFixed(1)} ms; cores used: ${describeCores(result.cores)}`);
  return result;
}

interface SinglesResult {
  readonly clients: number;
  readonly seconds: number;
  readonly harvests: number;
  readonly perSecond: number;
  readonly requestMs: { readonly p50: number; readonly p99: number };
}

/** Capture alone, one harvest per request: how many 201s per second `clients` closed-loop clients get. */
async function singlesPhase(bench: Bench): Promise<SinglesResult> {
  const requestMs: number[] = [];
  let seq = 0;
  const t0 = performance.now();
  const until = t0 + SETTINGS.singlesSeconds * 1000;
  await Promise.all(
    Array.from({ length: SETTINGS.singlesClients }, async () => {
      while (performance.now() < until) {
        const n = seq++;
        const sent = performance.now();
        await postSingle(bench.tamga.captureUrl, JSON.stringify(harvestFor(lotIds(bench.run, 'S', 1, n)[0], n)));
        requestMs.push(performance.now() - sent);
      }
    }),
  );
  const seconds = (performance.now() - t0) / 1000;
  const result: SinglesResult = {
    clients: SETTINGS.singlesClients,
    seconds,
    harvests: requestMs.length,
    perSecond: requestMs.length / seconds,
    requestMs: { p50: percentile(requestMs, 50), p99: percentile(requestMs, 99) },
  };
  console.log(
    `  ${fmt(result.perSecond)} harvests/s from ${result.clients} clients (201 p50 ${result.requestMs.p50.toFixed(1)} ms, p99 ${result.requestMs.p99.toFixed(1)} ms)`,
  );
  return result;
}

// ---------------------------------------------------------------- HTTP and progress probes

async function postBatch(captureUrl: string, body: string): Promise<void> {
  await post(`${captureUrl}/harvests/batch`, body);
}

async function postSingle(captureUrl: string, body: string): Promise<void> {
  await post(`${captureUrl}/harvests`, body);
}

async function post(url: string, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`);
}

/** Messages of the run's topic the projector has committed to the read model (its checkpoints). */
async function projectedCount(bench: Bench): Promise<number> {
  const { rows } = await bench.pool.query<{ n: string }>(
    'SELECT coalesce(sum(last_offset + 1), 0)::text AS n FROM read_model.projection_checkpoints WHERE topic = $1',
    [bench.topic],
  );
  return Number(rows[0].n);
}

/** Messages on the run's topic (the relay's progress). */
async function publishedCount(bench: Bench): Promise<number> {
  const admin = bench.kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(bench.topic);
    return offsets.reduce((sum, o) => sum + Number(o.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** How many of these lots have their event in read_model.lot_events. */
async function visibleCount(pool: Pool, ids: readonly string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM read_model.lot_events WHERE lot_id = ANY($1::text[])',
    [ids],
  );
  return Number(rows[0].n);
}

async function waitForProjected(bench: Bench, total: number, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await projectedCount(bench)) < total) {
    if (performance.now() > deadline) throw new Error(`The warm-up events were not projected within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

// ---------------------------------------------------------------- infrastructure helpers

/** Drops and recreates the benchmark's own database on the embedded server, so every run starts empty. */
async function recreateDatabase(databaseUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  if (name !== BENCH_DATABASE) throw new Error(`Refusing to recreate ${name}: only ${BENCH_DATABASE} is the benchmark's own`);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${BENCH_DATABASE}`);
  } finally {
    await client.end();
  }
}

/** The pid of the Postgres server when it runs on this machine and we may read its data directory. */
async function postmasterPid(pool: Pool): Promise<number | null> {
  try {
    const { rows } = await pool.query<{ data_directory: string }>('SHOW data_directory');
    return Number(readFileSync(join(rows[0].data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

async function deleteTopics(kafka: Kafka, topics: string[]): Promise<void> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const existing = new Set(await admin.listTopics());
    const ours = topics.filter((t) => existing.has(t));
    if (ours.length > 0) await admin.deleteTopics({ topics: ours, timeout: 10_000 });
  } finally {
    await admin.disconnect();
  }
}

// ---------------------------------------------------------------- report

function describeCores(cores: Record<string, number>): string {
  const parts = Object.entries(cores)
    .filter(([k]) => k !== 'machine_busy_fraction' && !k.endsWith('_system'))
    .map(([k, v]) => `${k} ${v.toFixed(2)} (sys ${(cores[`${k}_system`] ?? 0).toFixed(2)})`);
  const busy = cores.machine_busy_fraction;
  return `${parts.join(', ')}; machine ${Number.isFinite(busy) ? `${Math.round(busy * 100)}% busy` : 'n/a'}`;
}

function report(
  startedAt: Date,
  infrastructure: Infrastructure,
  kafkaBaseline: BaselineResult,
  copyBaseline: BaselineResult,
  throughput: ThroughputResult,
  lag: LagResult,
  singles: SinglesResult,
): Record<string, unknown> {
  const lagAtRate = lag.achievedRate >= 0.95 * lag.rate;
  const eventsPerS = throughput.eventsPerSecond;
  const ratioToKafka = eventsPerS / kafkaBaseline.perSecond;
  const ratioToCopy = eventsPerS / copyBaseline.perSecond;
  const rows: [string, string, string, string, string][] = [
    ['figure', 'Tamga', 'baseline', 'ratio', 'target'],
    ['events_per_s (end to end)', fmt(eventsPerS), `${fmt(kafkaBaseline.perSecond)} kafka_produce_per_s`, ratioToKafka.toFixed(3), `>= ${fmt(TARGETS.events_per_s)}`],
    ['', '', `${fmt(copyBaseline.perSecond)} pg_copy_per_s`, ratioToCopy.toFixed(3), ''],
    ['lag_p50_ms', fmt(lag.lagMs.p50), '', '', ''],
    ['lag_p99_ms', fmt(lag.lagMs.p99), '', '', `<= ${fmt(TARGETS.lag_p99_ms)}`],
    ['single_harvests_per_s', fmt(singles.perSecond), '', '', ''],
  ];
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => (c === 0 || c === 2 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('   ');
  console.log('\nResults');
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('   '));
  rows.slice(1).forEach((r) => console.log(line(r)));
  const meets = { events_per_s: eventsPerS >= TARGETS.events_per_s, lag_p99_ms: lag.lagMs.p99 <= TARGETS.lag_p99_ms };
  console.log(
    `\nTargets: events_per_s ${meets.events_per_s ? 'met' : 'NOT met'}, lag_p99_ms ${meets.lag_p99_ms ? 'met' : 'NOT met'}. ` +
      `Lag resolution: a lag is overstated by at most one poll of the read model ` +
      `(p50 ${lag.pollPeriodMs.p50.toFixed(1)} ms, p99 ${lag.pollPeriodMs.p99.toFixed(1)} ms); the send pacing slipped by at most ` +
      `${lag.sendSlipMsP99.toFixed(1)} ms at p99.`,
  );
  if (!lagAtRate) {
    console.log(
      `WARNING: the lag phase reached only ${fmt(lag.achievedRate)} of the ${fmt(lag.rate)} events/s asked for: ` +
        'capture could not keep up, so its lag figures are not "at a steady 500/s" (try BENCH_LAG_BATCH).',
    );
  }

  return {
    events_per_s: round(eventsPerS),
    kafka_produce_per_s: round(kafkaBaseline.perSecond),
    pg_copy_per_s: round(copyBaseline.perSecond),
    ratio_to_kafka: round(ratioToKafka, 4),
    ratio_to_pg_copy: round(ratioToCopy, 4),
    lag_p50_ms: round(lag.lagMs.p50, 1),
    lag_p99_ms: round(lag.lagMs.p99, 1),
    targets: TARGETS,
    meets_targets: meets,
    date: startedAt.toISOString(),
    machine: {
      cores: cpus().length,
      cpu: cpus()[0]?.model ?? 'unknown',
      memory_gib: round(totalmem() / 2 ** 30, 1),
      node: process.version,
      platform: `${process.platform}-${process.arch}`,
    },
    infrastructure: infrastructure.description,
    settings: SETTINGS,
    throughput: {
      events: throughput.events,
      seconds: round(throughput.seconds, 3),
      stage_seconds: {
        capture_all_201: round(throughput.stages.captureAcked, 3),
        relay_all_on_kafka: round(throughput.stages.relayPublished, 3),
        read_model_all_visible: round(throughput.stages.readModelVisible, 3),
      },
      request_ms: { p50: round(throughput.requestMs.p50, 1), p99: round(throughput.requestMs.p99, 1), max: round(throughput.requestMs.max, 1) },
      cores_used: roundAll(throughput.cores),
    },
    single_harvests: {
      per_s: round(singles.perSecond),
      clients: singles.clients,
      seconds: round(singles.seconds, 2),
      harvests: singles.harvests,
      request_ms: { p50: round(singles.requestMs.p50, 1), p99: round(singles.requestMs.p99, 1) },
    },
    baselines: {
      kafka_produce: { messages: kafkaBaseline.rows, batch_size: kafkaBaseline.batchSize, seconds: round(kafkaBaseline.seconds, 3) },
      pg_copy: { rows: copyBaseline.rows, batch_size: copyBaseline.batchSize, seconds: round(copyBaseline.seconds, 3) },
    },
    lag: {
      rate_per_s: lag.rate,
      achieved_rate_per_s: round(lag.achievedRate, 1),
      seconds: lag.seconds,
      harvests_per_request: lag.perRequest,
      events_measured: lag.measuredEvents,
      lag_ms: { p50: round(lag.lagMs.p50, 1), p90: round(lag.lagMs.p90, 1), p99: round(lag.lagMs.p99, 1), max: round(lag.lagMs.max, 1) },
      capture_201_ms: { p50: round(lag.captureMs.p50, 1), p99: round(lag.captureMs.p99, 1) },
      resolution_note: 'lag = start of the first read-model poll that saw the event minus the 201; overstated by at most one poll period',
      poll_period_ms: { p50: round(lag.pollPeriodMs.p50, 1), p99: round(lag.pollPeriodMs.p99, 1) },
      send_slip_ms_p99: round(lag.sendSlipMsP99, 1),
      reached_rate: lagAtRate,
      cores_used: roundAll(lag.cores),
    },
  };
}

function roundAll(values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([k, v]) => [k, round(v, 2)]));
}

function writeResults(results: Record<string, unknown>): void {
  const dir = join(repoRoot(), 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'spine.json');
  writeFileSync(`${file}.tmp`, `${JSON.stringify(results, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
  console.log(`\nWrote ${file}`);
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

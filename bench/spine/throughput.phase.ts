import { performance } from 'node:perf_hooks';
import { coresUsed, cpuSnapshot } from '../support/cpu';
import { harvestFor, lotIds } from '../support/harvests';
import { chunk, fmt, percentile, sleep } from '../support/stats';
import { describeCores } from '../support/describe-cores';
import { projectedCount, publishedCount, visibleCount } from '../support/progress';
import { Bench, postBatch } from './bench-context';
import { PHASE_TIMEOUT_MS, PROGRESS_POLL_MS, SETTINGS } from './settings';

/** What the throughput phase measured. */
export interface ThroughputResult {
  readonly events: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** Seconds from the first request to: every 201 received, every event on Kafka, every event in the read model. */
  readonly stages: { readonly captureAcked: number; readonly relayPublished: number; readonly readModelVisible: number };
  readonly cores: Record<string, number>;
  readonly requestMs: { readonly p50: number; readonly p99: number; readonly max: number };
}

/** Batches from several clients through the whole spine, until every event is in the read model. */
export async function throughputPhase(bench: Bench): Promise<ThroughputResult> {
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
    Array.from({ length: SETTINGS.clients }, async (_, client) => {
      while (next < bodies.length && !failure) {
        const body = bodies[next++];
        const sent = performance.now();
        await postBatch(bench, client, body);
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

import { performance } from 'node:perf_hooks';
import { CpuSnapshot, coresUsed, cpuSnapshot } from '../support/cpu';
import { describeCores } from '../support/describe-cores';
import { projectedCount, publishedCount, storedCountByPrefix, visibleCountByPrefix } from '../support/progress';
import { fmt, sleep } from '../support/stats';
import { JourneyBench } from './journey-context';
import { ChainsPlan, RequestTimes, planChains, recordChains } from './record-chains';
import { Decision } from './rule-timer';
import { StateReads } from './state-reads';
import { JOURNEY_PHASE_TIMEOUT_MS, JOURNEY_PROGRESS_POLL_MS, JOURNEY_SETTINGS } from './settings';

/** What the timed journey measured. */
export interface JourneyResult {
  readonly plan: ChainsPlan;
  readonly seconds: number;
  /** Seconds from the first request to: every 201, every event on Kafka, every event in the read model. */
  readonly stages: { readonly captureAcked: number; readonly relayPublished: number; readonly readModelVisible: number };
  readonly requestMs: RequestTimes;
  /** Cores used from the first request until the read model caught up, and during capture alone. */
  readonly cores: Record<string, number>;
  readonly captureCores: Record<string, number>;
  /** CPU seconds this process used while capturing (the services run in it unless BENCH_SERVICES=processes). */
  readonly captureNodeCpuSeconds: number;
  readonly decisions: readonly Decision[];
  readonly reads: StateReads | null;
}

/**
 * The journey through the whole spine: every client records its chains, and the phase ends when
 * the projector's checkpoints have passed every event and the read model holds exactly the events
 * planned for the phase's lots (and the event store too: a plan that disagrees with what was
 * recorded is an error, not a figure).
 */
export async function journeyPhase(bench: JourneyBench): Promise<JourneyResult> {
  const plan = planChains(bench.worlds, bench.run, 'J', JOURNEY_SETTINGS.chains);
  const n = plan.events;
  const projectedBefore = await projectedCount(bench);
  const publishedBefore = await publishedCount(bench);
  let failure: unknown = null;
  let captureAcked = Number.NaN;
  let relayPublished = Number.NaN;
  // Filled in when the last 201 arrives (a holder object: TypeScript does not track closures' writes).
  const atCapture: { times?: RequestTimes; cpu?: CpuSnapshot } = {};

  bench.timer?.reset();
  bench.reads?.reset();
  const cpu0 = cpuSnapshot(bench.groups);
  const t0 = performance.now();
  const clients = recordChains(bench.tamga.captureUrl, plan, JOURNEY_SETTINGS.chainsPerRound).then(
    (times) => {
      captureAcked = performance.now() - t0;
      atCapture.cpu = cpuSnapshot(bench.groups);
      atCapture.times = times;
    },
    (error) => (failure = error),
  );
  const relayWatch = (async () => {
    while (!failure && performance.now() - t0 < JOURNEY_PHASE_TIMEOUT_MS) {
      if ((await publishedCount(bench)) >= publishedBefore + n) return void (relayPublished = performance.now() - t0);
      await sleep(25);
    }
  })();
  let visibleAt = Number.NaN;
  for (;;) {
    if (failure) throw failure;
    if (performance.now() - t0 > JOURNEY_PHASE_TIMEOUT_MS) throw new Error(`Not every event was visible after ${JOURNEY_PHASE_TIMEOUT_MS / 1000} s`);
    const polledAt = performance.now();
    // The checkpoints are a cheap trigger; the read model itself decides (exact, by lot id prefix).
    if ((await projectedCount(bench)) >= projectedBefore + n && (await visibleCountByPrefix(bench.pool, plan.lotPrefix)) >= n) {
      visibleAt = polledAt - t0;
      break;
    }
    await sleep(JOURNEY_PROGRESS_POLL_MS);
  }
  const cpu1 = cpuSnapshot(bench.groups);
  await clients;
  await relayWatch;
  if (failure) throw failure;
  const [stored, visible] = [await storedCountByPrefix(bench.pool, plan.lotPrefix), await visibleCountByPrefix(bench.pool, plan.lotPrefix)];
  if (stored !== n || visible !== n) throw new Error(`The plan has ${n} events; the event store holds ${stored} and the read model ${visible}`);
  const captured = atCapture.cpu ?? cpu1;
  const result: JourneyResult = {
    plan,
    seconds: visibleAt / 1000,
    stages: { captureAcked: captureAcked / 1000, relayPublished: relayPublished / 1000, readModelVisible: visibleAt / 1000 },
    requestMs: atCapture.times!,
    cores: coresUsed(cpu0, cpu1),
    captureCores: coresUsed(cpu0, captured),
    captureNodeCpuSeconds: captured.groups.node - cpu0.groups.node,
    decisions: bench.timer?.taken() ?? [],
    reads: bench.reads?.taken() ?? null,
  };
  if (bench.timer && result.decisions.length < plan.facts) {
    // Fewer decisions than facts: the capture service did not decide through the wrapped objects.
    throw new Error(`Only ${result.decisions.length} of ${plan.facts} decisions were timed: the rule timer is not wrapping the capture service's use cases`);
  }
  console.log(
    `  ${fmt(n)} events (${fmt(plan.facts)} facts, ${fmt(plan.chains)} chains) visible in ${result.seconds.toFixed(2)} s: ` +
      `${fmt(n / result.seconds)} events/s (all 201s after ${result.stages.captureAcked.toFixed(2)} s, all on Kafka after ${result.stages.relayPublished.toFixed(2)} s)`,
  );
  console.log(`  cores used: ${describeCores(result.cores)}`);
  return result;
}

import { performance } from 'node:perf_hooks';
import { post } from '../support/capture-client';
import { ProcessGroups, coresUsed, cpuSnapshot } from '../support/cpu';
import { describeCores } from '../support/describe-cores';
import { fmt } from '../support/stats';
import { chunk } from '../support/stats';
import { OfflineFact } from './capture-facts';

/** What posting facts to capture measured. */
export interface CaptureMeasured {
  readonly events: number;
  readonly requests: number;
  readonly batchSize: number;
  readonly clients: number;
  readonly seconds: number;
  readonly eventsPerSecond: number;
  /** CPU the capture process spent per event, in microseconds. */
  readonly captureCpuUsPerEvent: number;
  readonly cores: Record<string, number>;
}

/**
 * Posts prepared facts to POST /lot-facts/batch (all-or-nothing, `batchSize` a request), from
 * `clients` clients at once, each sending its next batch when the last one answered 201. The bodies
 * are serialised before the clock starts. Events/s counts facts recorded (one event each: harvests).
 */
export async function postOfflineBatches(
  name: string,
  captureUrl: string,
  apiKey: string,
  facts: readonly OfflineFact[],
  batchSize: number,
  clients: number,
  groups: ProcessGroups,
): Promise<CaptureMeasured> {
  const bodies = chunk(facts, batchSize).map((batch) => JSON.stringify({ facts: batch }));
  let next = 0;
  const url = `${captureUrl}/lot-facts/batch`;
  const cpu0 = cpuSnapshot(groups);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      for (let i = next++; i < bodies.length; i = next++) await post(url, apiKey, bodies[i]);
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cores = coresUsed(cpu0, cpuSnapshot(groups));
  const measured: CaptureMeasured = {
    events: facts.length,
    requests: bodies.length,
    batchSize,
    clients,
    seconds,
    eventsPerSecond: facts.length / seconds,
    captureCpuUsPerEvent: ((cores.capture ?? 0) * seconds * 1e6) / facts.length,
    cores,
  };
  console.log(`  ${name}: ${fmt(facts.length)} events in ${seconds.toFixed(1)} s, ${fmt(measured.eventsPerSecond)}/s; capture ${measured.captureCpuUsPerEvent.toFixed(0)} µs CPU an event`);
  console.log(`    cores used: ${describeCores(cores)}`);
  return measured;
}

/** Rounds of one kind taken together: events and seconds summed, CPU and cores weighted by time. */
export function combined(rounds: readonly CaptureMeasured[]): CaptureMeasured & { readonly rounds: readonly { seconds: number; eventsPerSecond: number; captureCpuUsPerEvent: number }[] } {
  const events = rounds.reduce((sum, r) => sum + r.events, 0);
  const seconds = rounds.reduce((sum, r) => sum + r.seconds, 0);
  const cores: Record<string, number> = {};
  for (const r of rounds) for (const [k, v] of Object.entries(r.cores)) cores[k] = (cores[k] ?? 0) + (v * r.seconds) / seconds;
  return {
    events,
    requests: rounds.reduce((sum, r) => sum + r.requests, 0),
    batchSize: rounds[0].batchSize,
    clients: rounds[0].clients,
    seconds,
    eventsPerSecond: events / seconds,
    captureCpuUsPerEvent: rounds.reduce((sum, r) => sum + r.captureCpuUsPerEvent * r.events, 0) / events,
    cores,
    rounds: rounds.map((r) => ({ seconds: r.seconds, eventsPerSecond: r.eventsPerSecond, captureCpuUsPerEvent: r.captureCpuUsPerEvent })),
  };
}

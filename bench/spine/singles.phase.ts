import { performance } from 'node:perf_hooks';
import { harvestFor, lotIds } from '../support/harvests';
import { fmt, percentile } from '../support/stats';
import { Bench, postSingle } from './bench-context';
import { SETTINGS } from './settings';

/** What the single-harvest phase measured. */
export interface SinglesResult {
  readonly clients: number;
  readonly seconds: number;
  readonly harvests: number;
  readonly perSecond: number;
  readonly requestMs: { readonly p50: number; readonly p99: number };
}

/** Capture alone, one harvest per request: how many 201s per second `clients` closed-loop clients get. */
export async function singlesPhase(bench: Bench): Promise<SinglesResult> {
  const requestMs: number[] = [];
  let seq = 0;
  const t0 = performance.now();
  const until = t0 + SETTINGS.singlesSeconds * 1000;
  await Promise.all(
    Array.from({ length: SETTINGS.singlesClients }, async (_, client) => {
      while (performance.now() < until) {
        const n = seq++;
        const sent = performance.now();
        await postSingle(bench, client, JSON.stringify(harvestFor(lotIds(bench.run, 'S', 1, n)[0], n)));
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

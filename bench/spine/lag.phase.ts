import { performance } from 'node:perf_hooks';
import { CpuSnapshot, coresUsed, cpuSnapshot } from '../support/cpu';
import { harvestFor, lotIds } from '../support/harvests';
import { chunk, fmt, percentile, sleep } from '../support/stats';
import { describeCores } from '../support/describe-cores';
import { Bench, postBatch, postSingle } from './bench-context';
import { LAG_MAX_IN_FLIGHT, LAG_POLL_MS, SETTINGS } from './settings';

/** What the lag phase measured. */
export interface LagResult {
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

/** A steady rate of harvests; for each, the time from its 201 to its row in the read model. */
export async function lagPhase(bench: Bench): Promise<LagResult> {
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
    // Request r goes out as client r: the open loop spreads the load over every client's key.
    send(bench, r, bodies[r])
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

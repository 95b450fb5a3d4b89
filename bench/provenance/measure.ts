import { CpuSnapshot, ProcessGroups, coresUsed, cpuSnapshot } from '../support/cpu';
import { describeCores } from '../support/describe-cores';
import { fmt, percentile } from '../support/stats';
import { LoadPlan, runLoad } from './http-load';
import { foreignCores } from './process-groups';

/** One measured load: throughput, latency percentiles, answers by status, and the cores each process used. */
export interface Measured {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly statuses: Readonly<Record<string, number>>;
  readonly meanBodyBytes: number;
  readonly cores: Record<string, number>;
  /** CPU the server process spent per request, in microseconds: unlike requests/s, hardly moved by what else the machine runs. */
  readonly serverCpuUsPerRequest: number;
  /** Cores the machine spent outside the benchmark's processes meanwhile (others' work on a shared machine). */
  readonly foreignCores: number;
}

/** Runs a load, prints one line about it, and returns what it measured. */
export async function measure(name: string, groups: ProcessGroups, plan: LoadPlan, server: 'provenance' | 'hello' = 'provenance'): Promise<Measured> {
  const cpu0: CpuSnapshot = cpuSnapshot(groups);
  const result = await runLoad(plan);
  const cores = coresUsed(cpu0, cpuSnapshot(groups));
  const measured: Measured = {
    requests: result.requests,
    seconds: result.seconds,
    perSecond: result.perSecond,
    p50: percentile(result.latenciesMs, 50),
    p99: percentile(result.latenciesMs, 99),
    max: percentile(result.latenciesMs, 100),
    statuses: result.statuses,
    meanBodyBytes: result.requests > 0 ? result.bodyBytes / result.requests : 0,
    cores,
    serverCpuUsPerRequest: result.requests > 0 ? ((cores[server] ?? 0) * result.seconds * 1e6) / result.requests : Number.NaN,
    foreignCores: foreignCores(cores),
  };
  const statuses = Object.entries(result.statuses).map(([s, n]) => `${s}: ${fmt(n)}`).join(', ');
  console.log(
    `  ${name}: ${fmt(measured.requests)} requests in ${measured.seconds.toFixed(1)} s, ${fmt(measured.perSecond)}/s, ` +
      `p50 ${measured.p50.toFixed(1)} ms, p99 ${measured.p99.toFixed(1)} ms, max ${measured.max.toFixed(1)} ms (${statuses}; ${fmt(measured.meanBodyBytes)} bytes each)`,
  );
  console.log(`    cores used: ${describeCores(cores)}; ${server} ${measured.serverCpuUsPerRequest.toFixed(0)} µs CPU a request; others on the machine ${measured.foreignCores.toFixed(2)} cores`);
  return measured;
}

/** Requests taken from a list in order, each once, shared by every connection. */
export function eachOnce<T>(items: readonly T[], toRequest: (item: T, index: number) => ReturnType<LoadPlan['next']>): LoadPlan['next'] {
  let i = 0;
  return () => (i < items.length ? toRequest(items[i], i++) : null);
}

/** Requests cycling through a list for as long as the load runs. */
export function roundRobin<T>(items: readonly T[], toRequest: (item: T, index: number) => ReturnType<LoadPlan['next']>): LoadPlan['next'] {
  let i = 0;
  return () => {
    const index = i++ % items.length;
    return toRequest(items[index], index);
  };
}

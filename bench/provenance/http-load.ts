import { performance } from 'node:perf_hooks';
import { Answer, HttpConnection } from './http-connection';

/** One request of a load: the path and the headers a client sends. */
export interface LoadRequest {
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What a load measured. */
export interface LoadResult {
  readonly requests: number;
  readonly seconds: number;
  readonly perSecond: number;
  /** Each request's time from sending to its last byte, in ms. */
  readonly latenciesMs: readonly number[];
  readonly statuses: Readonly<Record<string, number>>;
  readonly bodyBytes: number;
}

/** How a load runs: against whom, how many connections, and which request comes next. */
export interface LoadPlan {
  readonly url: string;
  readonly connections: number;
  /** The next request, or null when a finite list is exhausted (then the load ends). */
  readonly next: (connection: number) => LoadRequest | null;
  /** Stop after this long (a closed loop at full speed); without it, run until `next` returns null. */
  readonly durationMs?: number;
  /** Seen by the caller before the next request of the same connection (an ETag to send back, a latency by kind). */
  readonly onAnswer?: (connection: number, request: LoadRequest, answer: Answer, latencyMs: number) => void;
}

/**
 * A closed-loop load, autocannon-style: `connections` keep-alive connections, each sending its
 * next request as soon as the previous answer arrived, for a duration or through a finite list.
 * Latency is measured per request; requests/s over the whole run.
 */
export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const { hostname, port } = new URL(plan.url);
  const latenciesMs: number[] = [];
  const statuses: Record<string, number> = {};
  let bodyBytes = 0;
  const started = performance.now();
  const deadline = plan.durationMs === undefined ? Number.POSITIVE_INFINITY : started + plan.durationMs;
  const worker = async (connection: number) => {
    const http = new HttpConnection(hostname, Number(port));
    try {
      for (;;) {
        if (performance.now() >= deadline) return;
        const request = plan.next(connection);
        if (!request) return;
        const sent = performance.now();
        const answer = await http.get(request.path, request.headers);
        const latencyMs = performance.now() - sent;
        latenciesMs.push(latencyMs);
        statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
        bodyBytes += answer.bodyBytes;
        plan.onAnswer?.(connection, request, answer, latencyMs);
      }
    } finally {
      http.close();
    }
  };
  await Promise.all(Array.from({ length: plan.connections }, (_, c) => worker(c)));
  const seconds = (performance.now() - started) / 1000;
  return { requests: latenciesMs.length, seconds, perSecond: latenciesMs.length / seconds, latenciesMs, statuses, bodyBytes };
}

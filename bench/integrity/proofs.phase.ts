import type { Pool } from 'pg';
import { ProcessGroups } from '../support/cpu';
import { LoadRequest } from '../provenance/http-load';
import { Measured, eachOnce, measure, roundRobin } from '../provenance/measure';

/** Proof and hello-world latencies (one connection) and throughput (several), on one log size. */
export interface ProofsMeasured {
  readonly treeSize: number;
  readonly inclusion: { readonly latency: Measured; readonly throughput: Measured };
  readonly consistency: { readonly latency: Measured; readonly throughput: Measured };
  readonly hello: { readonly latency: Measured; readonly throughput: Measured };
}

/**
 * Inclusion proofs of leaves drawn at random from the latest checkpoint's tree, and consistency
 * proofs from a random earlier checkpoint's size to it, over HTTP from the provenance service (GET
 * /log/events/{id}/inclusion-proof?treeSize=, /log/consistency-proof?from=&to=), next to a bare
 * NestJS-on-Fastify hello world (bench/provenance/hello-world) measured the same way by the same
 * client: p50/p99 one request at a time, then requests/s from `connections` connections. Every
 * load is warmed first; every answer must be 200.
 */
export async function proofsPhase(
  pool: Pool,
  urls: { provenance: string; hello: string },
  groups: ProcessGroups,
  settings: { requests: number; seconds: number; connections: number },
): Promise<ProofsMeasured> {
  const latest = (await (await fetch(`${urls.provenance}/log/checkpoints/latest`)).json()) as { treeSize: number };
  const treeSize = latest.treeSize;
  const { rows } = await pool.query<{ event_id: string }>('SELECT event_id FROM integrity.log_leaves WHERE leaf_index < $1 ORDER BY random() LIMIT $2', [treeSize, settings.requests]);
  const eventIds = rows.map((r) => r.event_id);
  // A consistency proof is served between signed sizes only (404 otherwise): from a random earlier checkpoint.
  const signed = (await pool.query<{ tree_size: string }>('SELECT tree_size::text FROM integrity.checkpoints WHERE tree_size < $1', [treeSize])).rows.map((r) => Number(r.tree_size));
  if (signed.length === 0) throw new Error('no checkpoint before the latest: no consistency proof to ask for');
  const froms = Array.from({ length: settings.requests }, () => signed[Math.floor(Math.random() * signed.length)]);
  const get = (path: string): LoadRequest => ({ path, headers: {} });
  const inclusion = (id: string) => get(`/log/events/${id}/inclusion-proof?treeSize=${treeSize}`);
  const consistency = (from: number) => get(`/log/consistency-proof?from=${from}&to=${treeSize}`);
  const hello = () => get('/hello');
  const warm = async () => {
    await measure('warm-up: inclusion', groups, { url: urls.provenance, connections: 4, next: roundRobin(eventIds, inclusion), durationMs: 2_000 });
    await measure('warm-up: consistency', groups, { url: urls.provenance, connections: 4, next: roundRobin(froms, consistency), durationMs: 2_000 });
    await measure('warm-up: hello', groups, { url: urls.hello, connections: 4, next: roundRobin([0], hello), durationMs: 2_000 }, 'hello');
  };
  await warm();
  const sequential = { connections: 1 };
  const helloLatency = await measure('hello, one at a time', groups, { url: urls.hello, ...sequential, next: eachOnce(froms, hello) }, 'hello');
  const inclusionLatency = await measure('inclusion proof, one at a time', groups, { url: urls.provenance, ...sequential, next: eachOnce(eventIds, inclusion) });
  const consistencyLatency = await measure('consistency proof, one at a time', groups, { url: urls.provenance, ...sequential, next: eachOnce(froms, consistency) });
  const parallel = { connections: settings.connections, durationMs: settings.seconds * 1000 };
  const helloThroughput = await measure(`hello, ${settings.connections} connections`, groups, { url: urls.hello, ...parallel, next: roundRobin([0], hello) }, 'hello');
  const inclusionThroughput = await measure(`inclusion proof, ${settings.connections} connections`, groups, { url: urls.provenance, ...parallel, next: roundRobin(eventIds, inclusion) });
  const consistencyThroughput = await measure(`consistency proof, ${settings.connections} connections`, groups, { url: urls.provenance, ...parallel, next: roundRobin(froms, consistency) });
  for (const m of [helloLatency, inclusionLatency, consistencyLatency, helloThroughput, inclusionThroughput, consistencyThroughput]) {
    const other = Object.keys(m.statuses).filter((s) => s !== '200');
    if (other.length > 0) throw new Error(`a proof or hello request answered ${other.join(', ')}: ${JSON.stringify(m.statuses)}`);
  }
  return {
    treeSize,
    inclusion: { latency: inclusionLatency, throughput: inclusionThroughput },
    consistency: { latency: consistencyLatency, throughput: consistencyThroughput },
    hello: { latency: helloLatency, throughput: helloThroughput },
  };
}

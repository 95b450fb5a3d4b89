import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { Kafka } from '#tamga/messaging';
import { ProcessGroups } from '../support/cpu';
import { sleep } from '../support/stats';
import { RunningServices } from '../support/tamga-services';

/** What the phases share. */
export interface Bench {
  readonly run: string;
  readonly tamga: RunningServices;
  readonly pool: Pool;
  readonly kafka: Kafka;
  readonly topic: string;
  readonly groups: ProcessGroups;
  /**
   * The capture API demands a key on every write: one per bench client, each a key of the village
   * group whose members' harvests the bench records. Client i uses apiKeys[i % length].
   */
  readonly apiKeys: readonly string[];
}


/** POST /harvests/batch as client `client`; anything but a 201 is an error. */
export async function postBatch(bench: Bench, client: number, body: string): Promise<void> {
  await post(`${bench.tamga.captureUrl}/harvests/batch`, keyOf(bench, client), body);
}

/** POST /harvests as client `client`; anything but a 201 is an error. */
export async function postSingle(bench: Bench, client: number, body: string): Promise<void> {
  await post(`${bench.tamga.captureUrl}/harvests`, keyOf(bench, client), body);
}

function keyOf(bench: Bench, client: number): string {
  return bench.apiKeys[client % bench.apiKeys.length];
}

async function post(url: string, apiKey: string, body: string): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` }, body });
  const text = await response.text();
  if (response.status !== 201) throw new Error(`POST ${url} answered ${response.status}: ${text.slice(0, 500)}`);
}

/** Messages of the run's topic the projector has committed to the read model (its checkpoints). */
export async function projectedCount(bench: Bench): Promise<number> {
  const { rows } = await bench.pool.query<{ n: string }>(
    'SELECT coalesce(sum(last_offset + 1), 0)::text AS n FROM read_model.projection_checkpoints WHERE topic = $1',
    [bench.topic],
  );
  return Number(rows[0].n);
}

/** Messages on the run's topic (the relay's progress). */
export async function publishedCount(bench: Bench): Promise<number> {
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
export async function visibleCount(pool: Pool, ids: readonly string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM read_model.lot_events WHERE lot_id = ANY($1::text[])',
    [ids],
  );
  return Number(rows[0].n);
}

/** Waits until each of these lots has its event in the read model. */
export async function waitForVisible(bench: Bench, ids: readonly string[], timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await visibleCount(bench.pool, ids)) < ids.length) {
    if (performance.now() > deadline) throw new Error(`The warm-up events were not projected within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

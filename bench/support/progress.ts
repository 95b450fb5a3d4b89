import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { Kafka } from '#tamga/messaging';
import { sleep } from './stats';

/** Where a run's events go: its database and its topic. */
export interface RunTopic {
  readonly pool: Pool;
  readonly kafka: Kafka;
  readonly topic: string;
}

/** Messages of the run's topic the projector has committed to the read model (its checkpoints). */
export async function projectedCount(target: RunTopic): Promise<number> {
  const { rows } = await target.pool.query<{ n: string }>(
    'SELECT coalesce(sum(last_offset + 1), 0)::text AS n FROM read_model.projection_checkpoints WHERE topic = $1',
    [target.topic],
  );
  return Number(rows[0].n);
}

/** Messages on the run's topic (the relay's progress). */
export async function publishedCount(target: RunTopic): Promise<number> {
  const admin = target.kafka.admin();
  await admin.connect();
  try {
    const offsets = await admin.fetchTopicOffsets(target.topic);
    return offsets.reduce((sum, o) => sum + Number(o.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** How many events of these lots are in read_model.lot_events (one row per lot and version). */
export async function visibleCount(pool: Pool, ids: readonly string[]): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    'SELECT count(*)::text AS n FROM read_model.lot_events WHERE lot_id = ANY($1::text[])',
    [ids],
  );
  return Number(rows[0].n);
}

/** Waits until these lots have at least `events` events in the read model (by default one each). */
export async function waitForVisible(pool: Pool, ids: readonly string[], timeoutMs: number, events = ids.length): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while ((await visibleCount(pool, ids)) < events) {
    if (performance.now() > deadline) throw new Error(`The warm-up events were not projected within ${timeoutMs / 1000} s`);
    await sleep(20);
  }
}

/** How many events of lots whose id starts with `prefix` are in read_model.lot_events. */
export async function visibleCountByPrefix(pool: Pool, prefix: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM read_model.lot_events WHERE lot_id LIKE $1', [`${prefix}%`]);
  return Number(rows[0].n);
}

/** How many events of lots whose id starts with `prefix` the event store holds. */
export async function storedCountByPrefix(pool: Pool, prefix: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events WHERE stream_id LIKE $1', [`${prefix}%`]);
  return Number(rows[0].n);
}

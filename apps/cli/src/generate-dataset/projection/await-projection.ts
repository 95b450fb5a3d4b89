import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { Kafka } from '#tamga/messaging';
import { LIVE_READ_MODEL_SCHEMA } from '#tamga/read-models';

/** Where the relay and the projector read and write. */
export interface ProjectionTarget {
  readonly pool: Pool;
  readonly kafka: Kafka;
  readonly topic: string;
  readonly relayName: string;
}

/** When each stage had caught up, in seconds from the call. */
export interface ProjectionStages {
  readonly relayCaughtUp: number;
  readonly projectorCaughtUp: number;
  /** Messages on the topic, and those the projector has committed to the read models. */
  readonly published: number;
  readonly projected: number;
}

/**
 * Waits until the relay has published the last event committed so far (its checkpoint reaches it
 * in commit order) and the projector has applied every message on the topic (its checkpoints,
 * committed with the read models, reach the topic's end offsets): then the read models hold the
 * whole log. Prints progress every ten seconds; fails after `timeoutMs`.
 */
export async function awaitProjection(target: ProjectionTarget, timeoutMs: number, log: (line: string) => void): Promise<ProjectionStages> {
  const started = performance.now();
  const { rows } = await target.pool.query<{ xid: string; position: string }>(
    `SELECT transaction_id::text AS xid, global_position::text AS position FROM event_store.events
      ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
  );
  const last = rows[0];
  let lastLog = started;
  const waitFor = async (what: string, done: () => Promise<boolean>, progress: () => Promise<string>) => {
    while (!(await done())) {
      if (performance.now() - started > timeoutMs) throw new Error(`${what} had not caught up after ${timeoutMs / 1000} s: ${await progress()}`);
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`  waiting for the ${what}: ${await progress()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    return (performance.now() - started) / 1000;
  };
  const relayCaughtUp = !last
    ? 0
    : await waitFor('relay', async () => {
        const { rows: done } = await target.pool.query<{ done: boolean }>(
          `SELECT (transaction_id, global_position) >= ($1::xid8, $2::bigint) AS done FROM event_store.relay_checkpoints WHERE relay = $3`,
          [last.xid, last.position, target.relayName],
        );
        return done[0]?.done === true;
      }, async () => `${(await publishedCount(target)).toLocaleString('en-US')} messages on ${target.topic}`);
  const published = await publishedCount(target);
  const projectorCaughtUp = await waitFor('projector', async () => (await projectedCount(target)) >= published, async () =>
    `${(await projectedCount(target)).toLocaleString('en-US')} of ${published.toLocaleString('en-US')} messages applied to the read models`);
  return { relayCaughtUp, projectorCaughtUp, published, projected: await projectedCount(target) };
}

/** Messages on the topic: the sum of its partitions' end offsets. */
export async function publishedCount(target: ProjectionTarget): Promise<number> {
  const admin = target.kafka.admin();
  await admin.connect();
  try {
    return (await admin.fetchTopicOffsets(target.topic)).reduce((sum, o) => sum + Number(o.high), 0);
  } finally {
    await admin.disconnect();
  }
}

/** Messages of the topic the projector has applied (its checkpoints move in the read models' transactions). */
export async function projectedCount(target: ProjectionTarget): Promise<number> {
  const { rows } = await target.pool.query<{ n: string }>(
    `SELECT coalesce(sum(last_offset + 1), 0)::text AS n FROM ${LIVE_READ_MODEL_SCHEMA}.projection_checkpoints WHERE topic = $1`,
    [target.topic],
  );
  return Number(rows[0].n);
}

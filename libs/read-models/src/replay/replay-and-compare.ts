import { Pool } from 'pg';
import { Kafka, fetchTopicEnd } from '#tamga/messaging';
import { Projector } from '../projector/projector';
import { assertSchemaName, readModelDdl } from '../read-model-schema';
import { TableChecksum, tableChecksums } from '../table-checksums';

/** One table compared: the live fingerprint beside the replayed one. */
export interface TableComparison {
  readonly table: string;
  readonly live: TableChecksum;
  readonly replay: TableChecksum;
  readonly equal: boolean;
}

/** The verdict of a replay. */
export interface ReplayReport {
  readonly schema: string;
  readonly tables: readonly TableComparison[];
  readonly equal: boolean;
  /** Kafka offsets (next to read, per partition) both sides had reached when compared. */
  readonly offsets: Record<number, string>;
}

/** Where to replay from and what to compare against. */
export interface ReplaySettings {
  readonly topic: string;
  readonly liveSchema: string;
  /** Keep the replayed tables for inspection instead of dropping them. */
  readonly keep: boolean;
  readonly timeoutMs: number;
}

/**
 * Rebuilds the read models from Kafka offset 0 into fresh tables and compares them with the
 * live ones, table by table. The two are compared only when both have applied exactly the same
 * offsets, read in one snapshot, so events arriving meanwhile cannot make a false difference.
 */
export async function replayAndCompare(kafka: Kafka, pool: Pool, settings: ReplaySettings): Promise<ReplayReport> {
  const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
  const schema = assertSchemaName(`replay_${stamp}`);
  await pool.query(readModelDdl(schema));
  const failure: { error?: Error } = {};
  const projector = new Projector(
    kafka,
    pool,
    { topic: settings.topic, groupId: `tamga-replay-${stamp}`, schema },
    { onForeignStore: (error) => (failure.error = error) },
  );
  const deadline = Date.now() + settings.timeoutMs;
  try {
    await projector.start();
    for (;;) {
      const end = await fetchTopicEnd(kafka, settings.topic);
      await waitForOffsets(pool, schema, settings.topic, end, deadline, failure);
      await waitForOffsets(pool, settings.liveSchema, settings.topic, end, deadline);
      const snapshot = await compareInOneSnapshot(pool, settings, schema);
      if (snapshot) return snapshot;
      // The live side moved on while we compared: catch up to the new end and look again.
    }
  } finally {
    await projector.stop();
    const admin = kafka.admin();
    await admin.connect();
    await admin.deleteGroups([`tamga-replay-${stamp}`]).catch(() => undefined);
    await admin.disconnect();
    if (!settings.keep) await pool.query(`DROP SCHEMA ${schema} CASCADE`);
  }
}

async function compareInOneSnapshot(pool: Pool, settings: ReplaySettings, schema: string): Promise<ReplayReport | null> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const live = await checkpoints(client, settings.liveSchema, settings.topic);
    const replayed = await checkpoints(client, schema, settings.topic);
    if (JSON.stringify(live) !== JSON.stringify(replayed)) return null;
    const [liveSums, replaySums] = [await tableChecksums(client, settings.liveSchema), await tableChecksums(client, schema)];
    const tables = liveSums.map((l, i) => ({
      table: l.table,
      live: l,
      replay: replaySums[i],
      equal: l.rows === replaySums[i].rows && l.md5 === replaySums[i].md5,
    }));
    return { schema, tables, equal: tables.every((t) => t.equal), offsets: live };
  } finally {
    await client.query('COMMIT').catch(() => undefined);
    client.release();
  }
}

type Queryable = Pick<Pool, 'query'>;

async function checkpoints(db: Queryable, schema: string, topic: string): Promise<Record<number, string>> {
  const { rows } = await db.query<{ partition: number; next: string }>(
    `SELECT partition, (last_offset + 1)::text AS next FROM ${assertSchemaName(schema)}.projection_checkpoints
      WHERE topic = $1 AND last_offset >= 0 ORDER BY partition`,
    [topic],
  );
  return Object.fromEntries(rows.map((r) => [r.partition, r.next]));
}

async function waitForOffsets(
  pool: Pool,
  schema: string,
  topic: string,
  end: Map<number, string>,
  deadline: number,
  failure: { error?: Error } = {},
): Promise<void> {
  for (;;) {
    if (failure.error) throw failure.error;
    const reached = await checkpoints(pool, schema, topic);
    const behind = [...end].filter(([partition, high]) => high !== '0' && BigInt(reached[partition] ?? '0') < BigInt(high));
    if (behind.length === 0) return;
    if (Date.now() > deadline) {
      throw new Error(`${schema} did not reach the end of ${topic} in time (partitions behind: ${behind.map(([p]) => p).join(', ')})`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

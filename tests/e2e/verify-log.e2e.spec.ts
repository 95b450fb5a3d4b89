import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Kafka as RawKafka, Partitioners } from 'kafkajs';
import type { Pool } from 'pg';
import { recordHash, sealedRecordOf, toHex } from '#tamga/integrity';
import { LogCheckpointer } from '#tamga/merkle-log';
import { KafkaEventPublisher, TopicMessage, readWholeTopic } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { EventRelay } from '../../apps/relay/src/event-relay';
import { exportDatabase, recordJourney } from '../integration/epcis-export/journey-in-postgres';
import { eventually, freshTopic, testKafka, unique } from '../support/test-infrastructure';

const CLI = join(__dirname, '..', '..', 'bin', 'tamga.js');

/** Runs the built `tamga verify-log` as a user would. */
const verifyLog = (databaseUrl: string, topic: string) => spawnSync(process.execPath, [CLI, 'verify-log', '--topic', topic, '--database', databaseUrl], { encoding: 'utf8', env: process.env, timeout: 120_000 });

type Database = Awaited<ReturnType<typeof exportDatabase>>;

/**
 * A database of its own with a recorded journey (master data, multi-lot facts), relayed to a topic
 * of its own with checkpoints every 7 leaves, until the log and a last checkpoint cover everything.
 */
async function loggedJourney(): Promise<{ db: Database; topic: string }> {
  const db = await exportDatabase();
  await recordJourney(db.pool);
  const kafka = testKafka();
  const topic = await freshTopic(kafka, 3);
  const publisher = new KafkaEventPublisher(kafka, topic);
  await publisher.connect();
  const relay = new EventRelay(db.pool, db.url, publisher, { name: unique('relay-'), batchSize: 10, idleWaitMs: 100, checkpoints: { every: 7, intervalMs: 3_600_000 } });
  await relay.start();
  try {
    const total = async () => Number((await db.pool.query('SELECT count(*) AS n FROM event_store.events')).rows[0].n);
    const leaves = async () => Number((await db.pool.query('SELECT count(*) AS n FROM integrity.log_leaves')).rows[0].n);
    await eventually(async () => ((await leaves()) === (await total()) ? true : undefined), 30_000, 'the log caught up');
    // A last checkpoint over everything, then its own leaf.
    await new LogCheckpointer(db.pool, { every: 1, intervalMs: 0 }).checkpointIfDue();
    await eventually(async () => ((await leaves()) === (await total()) ? true : undefined), 30_000, 'the checkpoint in the log');
  } finally {
    await relay.stop();
    await publisher.disconnect();
  }
  return { db, topic };
}

/** Copies a topic message by message (same partition, key, value and headers), changed by `edit`. */
async function copyTopic(topic: string, edit: (partitions: TopicMessage[][]) => TopicMessage[][]): Promise<string> {
  const kafka = testKafka();
  const partitions = edit(await readWholeTopic(kafka, topic));
  const copy = await freshTopic(kafka, partitions.length);
  const raw = new RawKafka({ brokers: [...loadConfig().kafkaBrokers], clientId: unique('copy-') });
  const producer = raw.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
  await producer.connect();
  try {
    for (const messages of partitions) {
      if (messages.length === 0) continue;
      await producer.send({
        topic: copy,
        acks: -1,
        messages: messages.map((m, i) => ({ partition: partitions.indexOf(messages), key: m.key, value: m.value, headers: m.headers, timestamp: String(i) })),
      });
    }
  } finally {
    await producer.disconnect();
  }
  return copy;
}

const lotMessage = (m: TopicMessage) => {
  const envelope = JSON.parse(m.value!.toString('utf8'));
  return !envelope.streamId.includes('/') ? envelope : null;
};

describe('npx tamga verify-log (real Kafka, real Postgres, built CLI)', () => {
  let pristine: { db: Database; topic: string };
  let tampered: { db: Database; topic: string };
  beforeAll(async () => {
    [pristine, tampered] = [await loggedJourney(), await loggedJourney()];
  }, 120_000);
  afterAll(async () => {
    await pristine?.db.drop();
    await tampered?.db.drop();
  });

  it('exits 0 with a summary when the topic, the chains, the tree, the checkpoints and Postgres all agree', () => {
    const result = verifyLog(pristine.db.url, pristine.topic);
    expect(result.stdout).toMatch(/^The log holds: \d+ events .* \d+ streams, [1-9]\d* checkpoints, tree of \d+ leaves with root [0-9a-f]{64}; service key [0-9a-f]+\.$/m);
    expect(result.stdout).not.toMatch(/CHANGED|MISSING|REORDERED|BROKEN-CHAIN|BAD-CHECKPOINT|UNSEALED/);
    expect(result.status).toBe(0);
  }, 120_000);

  it('names an event whose data a database superuser changed in place, and the field', async () => {
    const { rows } = await tampered.db.pool.query<{ event_id: string; stream_id: string; stream_version: number; key: string }>(
      `SELECT event_id::text, stream_id, stream_version, (SELECT k FROM jsonb_object_keys(data) AS k ORDER BY k LIMIT 1) AS key
         FROM event_store.events WHERE strpos(stream_id, '/') = 0 AND jsonb_typeof(data) = 'object' ORDER BY global_position LIMIT 1 OFFSET 3`,
    );
    const victim = rows[0];
    // As a superuser would: the immutability trigger is bypassed, not dropped.
    const client = await tampered.db.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica');
      await client.query(`UPDATE event_store.events SET data = data || jsonb_build_object($2::text, 'tampered') WHERE event_id = $1`, [victim.event_id, victim.key]);
      await client.query('COMMIT');
    } finally {
      client.release();
    }
    const result = verifyLog(tampered.db.url, tampered.topic);
    expect(result.status).toBe(1);
    const lines = result.stdout.split('\n').filter((l) => l.includes(victim.event_id));
    expect(lines.join('\n')).toMatch(new RegExp(`^CHANGED: event ${victim.event_id} \\(stream ${victim.stream_id}, version ${victim.stream_version}, leaf \\d+\\): data\\.${victim.key} differs between Kafka and Postgres`, 'm'));
    expect(lines.join('\n')).toMatch(/its Postgres row no longer recomputes to its record hash/);
  }, 120_000);

  it('names the event a copy of the topic leaves out', async () => {
    let dropped: { eventId: string; streamId: string } | null = null;
    const copy = await copyTopic(pristine.topic, (partitions) =>
      partitions.map((messages) => {
        if (dropped) return messages;
        const at = messages.findIndex((m, i) => i > 2 && lotMessage(m)?.streamVersion === 2);
        if (at < 0) return messages;
        dropped = lotMessage(messages[at]);
        return messages.filter((_, i) => i !== at);
      }),
    );
    expect(dropped).not.toBeNull();
    const result = verifyLog(pristine.db.url, copy);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^MISSING: event ${dropped!.eventId} \\(stream ${dropped!.streamId}, version 2, leaf \\d+\\): is in the log \\(integrity.log_leaves\\) but not on the topic`, 'm'));
  }, 120_000);

  it('catches two messages swapped in a copy of the topic as a reordering, naming the event', async () => {
    let moved: { eventId: string } | null = null;
    const copy = await copyTopic(pristine.topic, (partitions) =>
      partitions.map((messages) => {
        if (moved || messages.length < 4) return messages;
        const swapped = [...messages];
        [swapped[1], swapped[3]] = [swapped[3], swapped[1]];
        moved = JSON.parse(messages[1].value!.toString('utf8'));
        return swapped;
      }),
    );
    expect(moved).not.toBeNull();
    const result = verifyLog(pristine.db.url, copy);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^REORDERED: event [0-9a-f-]{36} \(stream .+, version \d+, leaf \d+\): comes after event .+ in partition \d+/m);
    expect(result.stdout).toContain(moved!.eventId);
  }, 120_000);

  it('names an event whose signature was forged, even with its record hash recomputed to match', async () => {
    let forged: { eventId: string } | null = null;
    const copy = await copyTopic(pristine.topic, (partitions) =>
      partitions.map((messages) =>
        messages.map((m) => {
          const envelope = lotMessage(m);
          if (forged || !envelope) return m;
          const value = envelope.seal.signature.value as string;
          const seal = { ...envelope.seal, signature: { ...envelope.seal.signature, value: `${value[0] === 'A' ? 'B' : 'A'}${value.slice(1)}` } };
          forged = envelope;
          const resealed = { ...envelope, seal, recordHash: toHex(recordHash(sealedRecordOf(envelope, seal))) };
          return { ...m, value: Buffer.from(JSON.stringify(resealed)) };
        }),
      ),
    );
    expect(forged).not.toBeNull();
    const result = verifyLog(pristine.db.url, copy);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(new RegExp(`^BAD-SIGNATURE: event ${forged!.eventId} \\(stream .+\\): its server signature by key [0-9a-f]+ does not verify`, 'm'));
  }, 120_000);
});

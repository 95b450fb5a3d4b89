import type { Pool } from 'pg';
import { harvestedEnvelope as harvested } from '../../fixtures/harvested-envelope';
import { Kafka, KafkaEventPublisher } from '#tamga/messaging';
import { Projector, applyBatch, readModelDdl, tableChecksums } from '#tamga/read-models';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';


async function counts(pool: Pool, schema: string): Promise<{ lots: number; events: number }> {
  const { rows } = await pool.query(
    `SELECT (SELECT count(*)::int FROM ${schema}.lots) AS lots, (SELECT count(*)::int FROM ${schema}.lot_events) AS events`,
  );
  return rows[0];
}

describe('projector: exactly once in effect (real broker, real Postgres)', () => {
  let pool: Pool;
  let kafka: Kafka;
  let publisher: KafkaEventPublisher;
  beforeAll(() => {
    pool = testPool(10);
    kafka = testKafka();
  });
  afterAll(() => pool.end());

  async function setUp(): Promise<{ topic: string; schema: string; publisher: KafkaEventPublisher }> {
    const topic = await freshTopic(kafka, 3);
    const schema = unique('proj_');
    await pool.query(readModelDdl(schema));
    publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    return { topic, schema, publisher };
  }

  it('a crash between the database commit and the Kafka offset commit produces no duplicate and no loss', async () => {
    const { topic, schema, publisher } = await setUp();
    await publisher.publish(Array.from({ length: 30 }, () => harvested(unique('L'))));
    const groupId = unique('group-');
    // This projector dies after every database commit, before its Kafka offset commit.
    let committed = 0;
    const doomed = new Projector(kafka, pool, { topic, groupId, schema }, {
      afterCommit: (_batch, result) => {
        committed += result.applied;
        throw new Error('simulated crash after the database commit');
      },
    });
    await doomed.start();
    await eventually(async () => (committed === 30 ? true : undefined), 30_000, 'the first 30 committed');
    await doomed.stop();
    // The crash is real: Postgres has the events, Kafka has no committed offset for the group.
    const admin = kafka.admin();
    await admin.connect();
    const [kafkaOffsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    await admin.disconnect();
    expect(kafkaOffsets.partitions.every((p) => p.offset === '-1')).toBe(true);
    expect(await counts(pool, schema)).toEqual({ lots: 30, events: 30 });

    // A new member resumes: nothing applied twice, nothing of what came since missed.
    await publisher.publish(Array.from({ length: 30 }, () => harvested(unique('L'))));
    await publisher.disconnect();
    const successor = new Projector(kafka, pool, { topic, groupId, schema });
    await successor.start();
    try {
      await eventually(async () => ((await counts(pool, schema)).events === 60 ? true : undefined), 30_000, '60 events projected');
      await new Promise((resolve) => setTimeout(resolve, 500)); // room for a wrong duplicate to land
    } finally {
      await successor.stop();
    }
    expect(await counts(pool, schema)).toEqual({ lots: 60, events: 60 });
    const { rows } = await pool.query(`SELECT count(DISTINCT event_id)::int AS n FROM ${schema}.lot_events`);
    expect(rows[0].n).toBe(60);
  }, 90_000);

  it('read models dropped and recreated are rebuilt from offset 0, though the group\'s Kafka offset is at the end', async () => {
    const { topic, schema, publisher } = await setUp();
    await publisher.publish(Array.from({ length: 20 }, () => harvested(unique('L'))));
    await publisher.disconnect();
    const groupId = unique('group-');
    const first = new Projector(kafka, pool, { topic, groupId, schema });
    await first.start();
    await eventually(async () => ((await counts(pool, schema)).events === 20 ? true : undefined), 30_000, 'the first build');
    await first.stop();

    await pool.query(`DROP SCHEMA ${schema} CASCADE`);
    await pool.query(readModelDdl(schema));
    const second = new Projector(kafka, pool, { topic, groupId, schema });
    await second.start();
    try {
      await eventually(async () => ((await counts(pool, schema)).events === 20 ? true : undefined), 30_000, 'the rebuild');
    } finally {
      await second.stop();
    }
    expect(await counts(pool, schema)).toEqual({ lots: 20, events: 20 });
  }, 90_000);

  it('a redelivered batch, or events the relay published twice, leave the read model unchanged', async () => {
    const { topic, schema, publisher } = await setUp();
    const events = Array.from({ length: 10 }, () => harvested(unique('L')));
    const batch = { topic, partition: 0, events: events.map((envelope, i) => ({ offset: String(i), envelope, storeId: null })) };
    expect(await applyBatch(pool, schema, batch)).toEqual({ applied: 10, skipped: 0 });
    const before = await tableChecksums(pool, schema);

    expect(await applyBatch(pool, schema, batch)).toEqual({ applied: 0, skipped: 10 });
    expect(await tableChecksums(pool, schema)).toEqual(before);

    // The relay republished after a crash: the same events at later offsets.
    const republished = { topic, partition: 0, events: events.map((envelope, i) => ({ offset: String(10 + i), envelope, storeId: null })) };
    expect(await applyBatch(pool, schema, republished)).toEqual({ applied: 10, skipped: 0 });
    expect(await tableChecksums(pool, schema)).toEqual(before);
    await publisher.disconnect();
  });
});

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { Kafka, KafkaEventPublisher } from '#tamga/messaging';
import { BatchResult, Projector, applyBatch, readModelDdl, tableChecksums } from '#tamga/read-models';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

let position = 1_000_000;
function harvested(lotId: string): EventEnvelope {
  position += 1;
  return {
    eventId: randomUUID(),
    type: 'lot.harvested',
    schemaVersion: 1,
    streamId: lotId,
    streamVersion: 1,
    globalPosition: String(position),
    occurredAt: '2026-07-15T00:30:00.000Z',
    recordedAt: '2026-07-15T01:00:00.000Z',
    actorId: null,
    data: {
      lotId,
      villageId: 'village:tamga',
      producerId: 'producer:asel-tamga',
      productId: 'product:white-sainfoin-honey',
      quantity: { amount: 12.5, unit: 'KGM' },
      harvestedAt: '2026-07-15T00:30:00.000Z',
      location: { latitude: 42.155, longitude: 77.551 },
    },
    metadata: {},
  };
}

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
    const events = Array.from({ length: 60 }, () => harvested(unique('L')));
    await publisher.publish(events);
    const results: BatchResult[] = [];
    let crashed = false;
    const projector = new Projector(kafka, pool, { topic, groupId: unique('group-'), schema }, {
      afterCommit: (_batch, result) => {
        results.push(result);
        if (!crashed) {
          crashed = true; // the read models are committed; the Kafka offset is not
          throw new Error('simulated crash after the database commit');
        }
      },
    });
    await projector.start();
    try {
      await eventually(async () => ((await counts(pool, schema)).events === 60 ? true : undefined), 30_000, '60 events projected');
      // The crashed batch came again and was recognised by the checkpoint, not applied twice.
      await eventually(async () => (results.some((r) => r.skipped > 0) ? true : undefined), 30_000, 'the redelivery');
    } finally {
      await projector.stop();
      await publisher.disconnect();
    }
    expect(crashed).toBe(true);
    expect(await counts(pool, schema)).toEqual({ lots: 60, events: 60 });
    const { rows } = await pool.query(`SELECT count(DISTINCT event_id)::int AS n FROM ${schema}.lot_events`);
    expect(rows[0].n).toBe(60);
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

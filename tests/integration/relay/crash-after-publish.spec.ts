import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { PostgresEventStore } from '#tamga/event-store';
import { KafkaEventConsumer, KafkaEventPublisher } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { EventRelay } from '../../../apps/relay/src/event-relay';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

describe('relay: a crash between the Kafka ack and the checkpoint (real Postgres, real broker)', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(10);
  });
  afterAll(() => pool.end());

  it('loses nothing: the batch is published again, and the duplicates are the same events', async () => {
    const kafka = testKafka();
    const topic = await freshTopic(kafka, 1);
    const lot = unique('LOT-');
    const store = new PostgresEventStore(pool);
    const ids = Array.from({ length: 6 }, () => randomUUID());
    await store.append(
      [{ streamId: lot, expectedVersion: 0, events: ids.map((eventId) => ({ eventId, type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: {} })) }],
      { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) },
    );
    const publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    let crashes = 0;
    const relay = new EventRelay(pool, loadConfig().databaseUrl, publisher, { name: unique('relay-'), batchSize: 500, idleWaitMs: 100 }, {
      afterPublish: (events) => {
        if (crashes === 0 && events.some((e) => e.streamId === lot)) {
          crashes += 1;
          throw new Error('simulated crash after Kafka acknowledged, before the checkpoint');
        }
      },
      onError: () => undefined,
    });
    const consumed: EventEnvelope[] = [];
    const consumer = new KafkaEventConsumer(kafka, { topic, groupId: unique('group-'), fromBeginning: true });
    await consumer.start(async (batch) => void consumed.push(...batch.events.map((e) => e.envelope)));
    await relay.start();
    try {
      const mine = await eventually(async () => {
        const seen = consumed.filter((e) => e.streamId === lot);
        return seen.length >= 12 ? seen : undefined;
      }, 30_000, 'the batch published twice');
      expect(crashes).toBe(1);
      expect(mine.map((e) => e.eventId)).toEqual([...ids, ...ids]);
      expect(mine.map((e) => e.streamVersion)).toEqual([1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6]);
    } finally {
      await relay.stop();
      await consumer.stop();
      await publisher.disconnect();
    }
  }, 60_000);
});

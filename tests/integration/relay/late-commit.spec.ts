import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { EventEnvelope } from '#tamga/contracts';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { Kafka, KafkaEventConsumer, KafkaEventPublisher } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { EventRelay } from '../../../apps/relay/src/event-relay';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

const newEvent = () => ({
  eventId: randomUUID(),
  type: 'test.appended',
  schemaVersion: 1,
  occurredAt: '2026-07-15T06:30:00Z',
  data: {},
});

describe('relay: event store to Kafka (real Postgres, real broker)', () => {
  let pool: Pool;
  let kafka: Kafka;
  let topic: string;
  let publisher: KafkaEventPublisher;
  let relay: EventRelay;
  let consumer: KafkaEventConsumer;
  const published: StoredEvent[] = [];
  const consumed: EventEnvelope[] = [];

  beforeAll(async () => {
    pool = testPool(10);
    kafka = testKafka();
    topic = await freshTopic(kafka);
    publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    relay = new EventRelay(pool, loadConfig().databaseUrl, publisher, { name: unique('relay-'), batchSize: 100, idleWaitMs: 100 }, {
      onPublished: (events) => published.push(...events),
    });
    await relay.start();
    consumer = new KafkaEventConsumer(kafka, { topic, groupId: unique('group-'), fromBeginning: true });
    await consumer.start(async (batch) => {
      consumed.push(...batch.events.map((e) => e.envelope));
    });
  }, 60_000);

  afterAll(async () => {
    await relay.stop();
    await consumer.stop();
    await publisher.disconnect();
    await pool.end();
  });

  it('a transaction that took its position first but commits last is still published, after what it precedes', async () => {
    const early = unique('EARLY-');
    const late = unique('LATE-');
    const earlyEvent = newEvent();
    // T1 begins and inserts first (lower global position), then stays open.
    const t1: PoolClient = await pool.connect();
    await t1.query('BEGIN');
    await t1.query(
      `INSERT INTO event_store.events (event_id, stream_id, stream_version, type, schema_version, occurred_at, data)
       VALUES ($1, $2, 1, 'test.appended', 1, now(), '{}')`,
      [earlyEvent.eventId, early],
    );
    // T2 appends to another lot and commits while T1 is still open.
    const store = new PostgresEventStore(pool);
    const t2 = await store.append([{ streamId: late, expectedVersion: 0, events: [newEvent()] }], {
      actorId: null,
      metadata: {},
      respond: (events) => ({ status: 201, body: events[0] }),
    });
    const t2Event = t2.events[0];
    // Give the relay time to (wrongly) run ahead: it must hold T2 back behind the open T1.
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(published.map((e) => e.eventId)).not.toContain(t2Event.eventId);

    await t1.query('COMMIT');
    t1.release();

    // Both reach Kafka. (Two lots are two keys, maybe two partitions: Kafka orders only per lot.)
    await eventually(async () => {
      const seen = consumed.map((e) => e.eventId);
      return seen.includes(earlyEvent.eventId) && seen.includes(t2Event.eventId) ? seen : undefined;
    }, 20_000, 'both events on Kafka');
    // The relay published them in commit order. (A consumer may see a batch before the relay,
    // having stored its leaves and checkpoint, reports it published.)
    const order = await eventually(async () => {
      const reported = published.map((e) => e.eventId);
      return reported.includes(earlyEvent.eventId) && reported.includes(t2Event.eventId) ? reported : undefined;
    }, 20_000, 'both events reported published');
    expect(order.indexOf(earlyEvent.eventId)).toBeLessThan(order.indexOf(t2Event.eventId));
  }, 60_000);

  it('publishes every event of a lot in version order, keyed by the lot', async () => {
    const lot = unique('LOT-');
    const store = new PostgresEventStore(pool);
    const write = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };
    for (let version = 0; version < 20; version += 4) {
      await store.append([{ streamId: lot, expectedVersion: version, events: [newEvent(), newEvent(), newEvent(), newEvent()] }], write);
    }
    const versions = await eventually(async () => {
      const mine = consumed.filter((e) => e.streamId === lot).map((e) => e.streamVersion);
      return mine.length >= 20 ? mine : undefined;
    }, 20_000, 'twenty events of one lot');
    expect(versions).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  }, 60_000);
});

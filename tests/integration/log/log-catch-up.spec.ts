import { randomUUID } from 'node:crypto';
import { CommittedEventFeed, FEED_START, PostgresEventStore } from '#tamga/event-store';
import { leafHash, merkleTreeHash, nodesForRoot, rootFromNodes, toHex } from '#tamga/integrity';
import { leafRecordHash, readLogNodes } from '#tamga/merkle-log';
import { ConsumedEvent, KafkaEventConsumer, KafkaEventPublisher } from '#tamga/messaging';
import { EventRelay } from '../../../apps/relay/src/event-relay';
import { exportDatabase } from '../epcis-export/journey-in-postgres';
import { eventually, freshTopic, testKafka, unique } from '../../support/test-infrastructure';

const write = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };
const newEvent = () => ({ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { n: 1 } });

/**
 * A database whose events were published before the log existed (its relay's checkpoint is past
 * them, and no leaf exists): on start the relay gives every earlier event its leaf, in commit order,
 * without publishing it again, and the next events continue the same log.
 */
describe('Merkle log: a relay catches up events published before the log existed (real Postgres, real broker)', () => {
  let db: Awaited<ReturnType<typeof exportDatabase>>;
  beforeAll(async () => {
    db = await exportDatabase();
  });
  afterAll(() => db?.drop());

  it('leaves every earlier event in commit order, publishes only the new ones, each with the next leaf index', async () => {
    const store = new PostgresEventStore(db.pool);
    const lot = unique('LOT-');
    await store.append([{ streamId: lot, expectedVersion: 0, events: Array.from({ length: 9 }, newEvent) }], write);
    // The service key's registration and the nine (the feed shows them once no older transaction on the server runs).
    const earlier = await eventually(async () => {
      const read = await new CommittedEventFeed(db.pool).readAfter(FEED_START, 1000);
      return read.length === 10 ? read : undefined;
    }, 30_000, 'the earlier events in the feed');
    // As if an older relay had published them all: its checkpoint at the last one, no leaves.
    const name = unique('relay-');
    const last = earlier[earlier.length - 1];
    await new CommittedEventFeed(db.pool).saveCheckpoint(name, { transactionId: last.transactionId, globalPosition: last.globalPosition });

    const kafka = testKafka();
    const topic = await freshTopic(kafka, 1);
    const publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    const relay = new EventRelay(db.pool, db.url, publisher, { name, batchSize: 4, idleWaitMs: 100 });
    const consumed: ConsumedEvent[] = [];
    const consumer = new KafkaEventConsumer(kafka, { topic, groupId: unique('group-'), fromBeginning: true });
    await consumer.start(async (batch) => void consumed.push(...batch.events));
    await relay.start();
    try {
      const later = [newEvent(), newEvent(), newEvent()];
      await store.append([{ streamId: lot, expectedVersion: 9, events: later }], write);
      await eventually(async () => (consumed.length >= 3 ? true : undefined), 30_000, 'the new events published');
      const all = await eventually(async () => {
        const read = await new CommittedEventFeed(db.pool).readAfter(FEED_START, 1000);
        return read.length === 13 ? read : undefined;
      }, 30_000, 'every event in the feed');
      const leaves = await eventually(async () => {
        const { rows } = await db.pool.query<{ event_id: string }>('SELECT l.event_id::text AS event_id FROM integrity.log_leaves AS l ORDER BY l.leaf_index');
        return rows.length === all.length ? rows : undefined;
      }, 30_000, 'every event in the log');
      // Leaf i is the i-th event in commit order, the earlier ones included.
      expect(leaves.map((l) => l.event_id)).toEqual(all.map((e) => e.eventId));
      // Only the new events were published, with the leaf indices that follow the earlier ones.
      expect(consumed.map((c) => c.envelope.eventId)).toEqual(later.map((e) => e.eventId));
      expect(consumed.map((c) => c.leafIndex)).toEqual([earlier.length, earlier.length + 1, earlier.length + 2]);
      // And the stored subtree hashes give the MTH of them all.
      const root = rootFromNodes(all.length, await readLogNodes(db.pool, nodesForRoot(all.length)));
      expect(toHex(root)).toBe(toHex(merkleTreeHash(all.map((e) => leafHash(leafRecordHash(e))))));
    } finally {
      await relay.stop();
      await consumer.stop();
      await publisher.disconnect();
    }
  }, 60_000);
});

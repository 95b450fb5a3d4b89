import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore, toStoredEvent, EVENT_COLUMNS, EventRow } from '#tamga/event-store';
import { leafHash, merkleTreeHash, nodesForRoot, recordHash, rootFromNodes, sealedRecordOf, toHex } from '#tamga/integrity';
import { leafRecordHash, readLogNodes } from '#tamga/merkle-log';
import { ConsumedEvent, KafkaEventConsumer, KafkaEventPublisher } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { EventRelay } from '../../../apps/relay/src/event-relay';
import { relayFromFeedEnd } from '../../support/relay-from-feed-end';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

const newEvent = () => ({ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { n: 1 } });
const write = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

describe('Merkle log leaves written by the relay (real Postgres, real broker)', () => {
  let pool: Pool;
  beforeAll(() => {
    pool = testPool(10);
  });
  afterAll(() => pool.end());

  async function relayInto(name: string, topic: string, kafka: ReturnType<typeof testKafka>, afterPublish?: (events: readonly { streamId: string }[]) => void) {
    const publisher = new KafkaEventPublisher(kafka, topic);
    await publisher.connect();
    const relay = new EventRelay(pool, loadConfig().databaseUrl, publisher, { name, batchSize: 7, idleWaitMs: 100 }, {
      afterPublish,
      onError: (e) => {
        if (!String(e).includes('simulated crash')) console.error(e);
      },
    });
    const consumed: ConsumedEvent[] = [];
    const consumer = new KafkaEventConsumer(kafka, { topic, groupId: unique('group-'), fromBeginning: true });
    await consumer.start(async (batch) => void consumed.push(...batch.events));
    await relay.start();
    const stop = async () => {
      await relay.stop();
      await consumer.stop();
      await publisher.disconnect();
    };
    return { consumed, stop };
  }

  it('gives every event the next leaf in commit order, stamps it on the message, and stores the record hash', async () => {
    const kafka = testKafka();
    const topic = await freshTopic(kafka, 3);
    const store = new PostgresEventStore(pool);
    const name = unique('relay-');
    await relayFromFeedEnd(pool, name);
    const lots = [unique('LOT-'), unique('LOT-'), unique('LOT-')];
    // Concurrent appends to three lots: commit order, not position order, is what the log follows.
    await Promise.all(lots.map(async (lot) => {
      for (let v = 0; v < 9; v += 3) await store.append([{ streamId: lot, expectedVersion: v, events: [newEvent(), newEvent(), newEvent()] }], write);
    }));
    const relay = await relayInto(name, topic, kafka);
    try {
      const mine = await eventually(async () => {
        const seen = relay.consumed.filter((e) => lots.includes(e.envelope.streamId));
        return seen.length >= 27 ? seen : undefined;
      }, 30_000, 'the lots published');

      const leaves = await eventually(async () => {
        const { rows } = await pool.query<{ leaf_index: string; event_id: string; record_hash: Buffer }>(
          `SELECT l.leaf_index::text AS leaf_index, l.event_id::text AS event_id, l.record_hash FROM integrity.log_leaves AS l ORDER BY l.leaf_index`,
        );
        const stored = new Set(rows.map((r) => r.event_id));
        return mine.every((m) => stored.has(m.envelope.eventId)) ? rows : undefined;
      }, 20_000, 'the leaves stored');
      // Contiguous from 0, and exactly the committed events in the feed's order, up to the log's end.
      expect(leaves.map((l) => Number(l.leaf_index))).toEqual(leaves.map((_, i) => i));
      const { rows: feed } = await pool.query<EventRow>(
        `SELECT ${EVENT_COLUMNS} FROM event_store.events AS e ORDER BY e.transaction_id, e.global_position LIMIT $1`,
        [leaves.length],
      );
      expect(leaves.map((l) => l.event_id)).toEqual(feed.map((row) => row.event_id));
      // Each leaf commits to its event's record hash, recomputed from the row (its seal and data).
      const recomputed = feed.map((row) => {
        const event = toStoredEvent(row);
        return event.seal ? recordHash(sealedRecordOf(event, event.seal)) : leafRecordHash(event);
      });
      expect(feed.filter((row) => row.seal !== null).length).toBeGreaterThanOrEqual(27);
      feed.forEach((_, i) => expect(leaves[i].record_hash.toString('hex')).toBe(toHex(recomputed[i])));
      // The root from the stored subtree hashes (one query) is the MTH of the leaves recomputed from the rows.
      const expected = merkleTreeHash(recomputed.map(leafHash));
      const stored = rootFromNodes(leaves.length, await readLogNodes(pool, nodesForRoot(leaves.length)));
      expect(toHex(stored)).toBe(toHex(expected));
      // Every message carries its event's leaf index.
      const indexOf = new Map(leaves.map((l) => [l.event_id, Number(l.leaf_index)]));
      for (const message of mine) expect(message.leafIndex).toBe(indexOf.get(message.envelope.eventId));
    } finally {
      await relay.stop();
    }
  }, 60_000);

  it('a crash between the Kafka ack and the checkpoint republishes the batch with the same leaf indices', async () => {
    const kafka = testKafka();
    const topic = await freshTopic(kafka, 1);
    const lot = unique('LOT-');
    const name = unique('relay-');
    await relayFromFeedEnd(pool, name);
    const store = new PostgresEventStore(pool);
    await store.append([{ streamId: lot, expectedVersion: 0, events: [newEvent(), newEvent(), newEvent()] }], write);
    let crashes = 0;
    const relay = await relayInto(name, topic, kafka, (events) => {
      if (crashes === 0 && events.some((e) => e.streamId === lot)) {
        crashes += 1;
        throw new Error('simulated crash after Kafka acknowledged, before the checkpoint');
      }
    });
    try {
      const mine = await eventually(async () => {
        const seen = relay.consumed.filter((e) => e.envelope.streamId === lot);
        return seen.length >= 6 ? seen : undefined;
      }, 30_000, 'the batch published twice');
      expect(crashes).toBe(1);
      const first = mine.slice(0, 3).map((e) => e.leafIndex);
      expect(first.every((i) => typeof i === 'number')).toBe(true);
      expect(mine.slice(3).map((e) => e.leafIndex)).toEqual(first);
      // The leaves are stored after the publish: wait until this relay's transaction has committed them.
      const rows = await eventually(async () => {
        const { rows: stored } = await pool.query<{ leaf_index: string }>(
          `SELECT l.leaf_index::text AS leaf_index FROM integrity.log_leaves AS l WHERE l.event_id = ANY($1::uuid[]) ORDER BY l.leaf_index`,
          [mine.slice(0, 3).map((e) => e.envelope.eventId)],
        );
        return stored.length === 3 ? stored : undefined;
      }, 20_000, 'the leaves stored');
      expect(rows.map((r) => Number(r.leaf_index))).toEqual(first);
    } finally {
      await relay.stop();
    }
  }, 60_000);
});

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { leafHash, merkleTreeHash, fromHex, toHex, verifyCheckpoint, Checkpoint } from '#tamga/integrity';
import { EVENT_COLUMNS, EventRow, PostgresEventStore, SERVICE_KEYS_STREAM, ServiceSigningKey, toStoredEvent } from '#tamga/event-store';
import { CHECKPOINT_SIGNED, CHECKPOINTS_STREAM, LogCheckpointer, leafRecordHash } from '#tamga/merkle-log';
import { KafkaEventPublisher } from '#tamga/messaging';
import { loadConfig } from '#tamga/platform';
import { EventRelay } from '../../../apps/relay/src/event-relay';
import { relayFromFeedEnd } from '../../support/relay-from-feed-end';
import { eventually, freshTopic, testKafka, testPool, unique } from '../../support/test-infrastructure';

const newEvent = () => ({ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { n: 1 } });
const write = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

describe('Merkle log checkpoints (real Postgres, real broker)', () => {
  let pool: Pool;
  let relay: EventRelay;
  let publisher: KafkaEventPublisher;
  const store = () => new PostgresEventStore(pool);
  const logSize = async () => Number((await pool.query(`SELECT count(*)::int AS n FROM integrity.log_leaves`)).rows[0].n);
  const latest = async () =>
    (await pool.query(`SELECT c.tree_size::int AS tree_size, c.event_id::text AS event_id FROM integrity.checkpoints AS c ORDER BY c.tree_size DESC LIMIT 1`)).rows[0] as
      | { tree_size: number; event_id: string }
      | undefined;

  beforeAll(async () => {
    pool = testPool(10);
    const kafka = testKafka();
    publisher = new KafkaEventPublisher(kafka, await freshTopic(kafka, 1));
    await publisher.connect();
    const name = unique('relay-');
    await relayFromFeedEnd(pool, name);
    relay = new EventRelay(pool, loadConfig().databaseUrl, publisher, {
      name,
      batchSize: 4,
      idleWaitMs: 100,
      checkpoints: { every: 5, intervalMs: 3_600_000 },
    });
    await relay.start();
  }, 60_000);
  afterAll(async () => {
    await relay.stop();
    await publisher.disconnect();
    await pool.end();
  });

  it('every N leaves: signs {log, treeSize, rootHash, timestamp} with the service key, records it as an event that becomes a later leaf', async () => {
    const lot = unique('LOT-');
    await store().append([{ streamId: lot, expectedVersion: 0, events: Array.from({ length: 12 }, newEvent) }], write);
    const { rows: mine } = await pool.query(`SELECT global_position::text AS p FROM event_store.events WHERE stream_id = $1`, [lot]);
    // A checkpoint whose tree holds all twelve, and whose own event has a leaf after it.
    const made = await eventually(async () => {
      const { rows } = await pool.query<{ tree_size: number; event_id: string; leaf_index: number | null }>(
        `SELECT c.tree_size::int AS tree_size, c.event_id::text AS event_id, l.leaf_index::int AS leaf_index
           FROM integrity.checkpoints AS c LEFT JOIN integrity.log_leaves AS l ON l.event_id = c.event_id
          WHERE c.tree_size >= (SELECT max(leaf_index) + 1 FROM integrity.log_leaves WHERE global_position = ANY($1::bigint[]))
          ORDER BY c.tree_size LIMIT 1`,
        [mine.map((r) => r.p)],
      );
      return rows[0]?.leaf_index != null ? rows[0] : undefined;
    }, 30_000, 'a checkpoint over the lot, itself in the log');
    expect(made.leaf_index).toBeGreaterThanOrEqual(made.tree_size);

    const event = (await store().readStream(CHECKPOINTS_STREAM)).find((e) => e.eventId === made.event_id)!;
    expect(event.type).toBe(CHECKPOINT_SIGNED);
    expect(event.seal?.signature.by).toBe('server');
    const checkpoint = event.data as Checkpoint;
    expect(checkpoint).toEqual({ log: 'tamga', treeSize: made.tree_size, rootHash: expect.stringMatching(/^[0-9a-f]{64}$/), timestamp: expect.any(String), keyId: expect.any(String), signature: expect.any(String) });
    // The public key a verifier reads from the log itself verifies the signature.
    const registered = (await store().readStream(SERVICE_KEYS_STREAM))[0].data as { keyId: string; publicKey: string };
    expect(registered.keyId).toBe((await ServiceSigningKey.load(pool)).keyId);
    expect(await verifyCheckpoint(checkpoint, registered.publicKey)).toBe(true);
    expect(await verifyCheckpoint({ ...checkpoint, treeSize: checkpoint.treeSize + 1 }, registered.publicKey)).toBe(false);
    // Its root is the MTH of the first treeSize leaves' record hashes, taken from the event rows
    // (an unsealed row, which other tests insert by hand, by the log's rule for unsealed events).
    const { rows: order } = await pool.query<{ event_id: string }>(
      `SELECT l.event_id::text AS event_id FROM integrity.log_leaves AS l WHERE l.leaf_index < $1 ORDER BY l.leaf_index`,
      [checkpoint.treeSize],
    );
    const { rows } = await pool.query<EventRow>(`SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE event_id = ANY($1::uuid[])`, [order.map((o) => o.event_id)]);
    const byId = new Map(rows.map((r) => [r.event_id, toStoredEvent(r)]));
    expect(order.every((o) => byId.has(o.event_id))).toBe(true);
    expect(checkpoint.rootHash).toBe(toHex(merkleTreeHash(order.map((o) => leafHash(leafRecordHash(byId.get(o.event_id)!))))));
    expect(fromHex(checkpoint.rootHash)).toHaveLength(32);
  }, 60_000);

  it('growth by checkpoints alone calls for none; any other growth, once the interval passed, does', async () => {
    // Wait until the log holds every event and the last checkpoint's own leaf.
    await eventually(async () => {
      const last = await latest();
      const { rows } = await pool.query(`SELECT 1 FROM integrity.log_leaves WHERE event_id = $1`, [last?.event_id]);
      const pending = (await pool.query(`SELECT count(*)::int AS n FROM event_store.events`)).rows[0].n - (await logSize());
      return rows.length === 1 && pending === 0 ? true : undefined;
    }, 30_000, 'the log caught up with the last checkpoint');
    let now = Date.now();
    const eager = new LogCheckpointer(pool, { every: 1, intervalMs: 1_000 }, () => now);
    now += 60_000;
    expect(await eager.checkpointIfDue()).toBeNull();

    const added = newEvent();
    await store().append([{ streamId: unique('LOT-'), expectedVersion: 0, events: [added] }], write);
    const size = await eventually(async () => {
      const { rows } = await pool.query<{ n: number }>(`SELECT l.leaf_index::int + 1 AS n FROM integrity.log_leaves AS l WHERE l.event_id = $1`, [added.eventId]);
      return rows[0]?.n;
    }, 30_000, 'the new event in the log');
    now = Date.now();
    const lazy = new LogCheckpointer(pool, { every: 1_000_000, intervalMs: 10_000 }, () => now);
    expect(await lazy.checkpointIfDue()).toBeNull(); // grew, but neither N leaves nor T passed since the last checkpoint
    now += 10_000;
    const made = await lazy.checkpointIfDue();
    expect(made?.treeSize).toBeGreaterThanOrEqual(size);
  }, 60_000);
});

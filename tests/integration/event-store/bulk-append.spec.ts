import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { BulkEvent, PostgresEventStore, appendInBulk } from '#tamga/event-store';
import { testPool, unique } from '../../support/test-infrastructure';

const bulk = (streamId: string, streamVersion: number, actorId: string | null): BulkEvent => ({
  eventId: randomUUID(),
  streamId,
  streamVersion,
  actorId,
  type: 'test.appended',
  schemaVersion: 1,
  occurredAt: '2026-07-15T06:30:00Z',
  data: { n: streamVersion },
  metadata: { commandId: randomUUID() },
});

describe('appendInBulk: many facts of many parties in one transaction (real Postgres)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(() => {
    pool = testPool(4);
    store = new PostgresEventStore(pool);
  });
  afterAll(() => pool.end());

  it('writes each event with its own actor, new streams and continued ones, in the order given', async () => {
    const [a, b] = [unique('LOT-'), unique('LOT-')];
    await appendInBulk(pool, [bulk(a, 1, 'producer:one'), bulk(b, 1, 'producer:two')]);
    await appendInBulk(pool, [bulk(a, 2, 'shop:three'), bulk(b, 2, null), bulk(a, 3, 'producer:one')]);
    const [streamA, streamB] = [await store.readStream(a), await store.readStream(b)];
    expect(streamA.map((e) => [e.streamVersion, e.actorId])).toEqual([[1, 'producer:one'], [2, 'shop:three'], [3, 'producer:one']]);
    expect(streamB.map((e) => [e.streamVersion, e.actorId])).toEqual([[1, 'producer:two'], [2, null]]);
    expect(streamA[1].metadata).toHaveProperty('commandId');
    // One transaction: every event of the second batch carries the same xid.
    expect(new Set([streamA[1].transactionId, streamA[2].transactionId, streamB[1].transactionId]).size).toBe(1);
  });

  it('refuses a batch whose continuation is stale, and writes none of it', async () => {
    const [a, b] = [unique('LOT-'), unique('LOT-')];
    await appendInBulk(pool, [bulk(a, 1, null), bulk(a, 2, null)]);
    await expect(appendInBulk(pool, [bulk(b, 1, null), bulk(a, 2, null)])).rejects.toMatchObject({ code: 'STREAM.VERSION_CONFLICT' });
    await expect(appendInBulk(pool, [bulk(b, 1, null), bulk(a, 5, null)])).rejects.toMatchObject({ code: 'STREAM.VERSION_CONFLICT' });
    expect(await store.readStream(b)).toHaveLength(0);
    expect(await store.readStream(a)).toHaveLength(2);
  });

  it('refuses a gap inside the batch before writing', async () => {
    const a = unique('LOT-');
    await expect(appendInBulk(pool, [bulk(a, 1, null), bulk(a, 3, null)])).rejects.toThrow(/jumps from version 1 to 3/);
    expect(await store.readStream(a)).toHaveLength(0);
  });

  it("waits for the lock an append holds on a stream it extends (same keys as append's), so per stream xid order is commit order", async () => {
    const a = unique('LOT-');
    await appendInBulk(pool, [bulk(a, 1, null)]);
    const holder = await pool.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`stream:${a}`]);
      let done = false;
      const bulkAppend = appendInBulk(pool, [bulk(a, 2, null)]).then(() => (done = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(done).toBe(false);
      await holder.query('COMMIT');
      await bulkAppend;
      expect(await store.readStream(a)).toHaveLength(2);
    } finally {
      holder.release();
    }
  });
});

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { PostgresEventStore, StreamAppend } from '#tamga/event-store';
import { testPool, unique } from '../../support/test-infrastructure';

const event = (n: number) => ({
  eventId: randomUUID(),
  type: 'test.appended',
  schemaVersion: 1,
  occurredAt: '2026-07-15T06:30:00Z',
  data: { n },
});
const options = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

describe('appending to a lot stream (real Postgres)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(() => {
    pool = testPool(10);
    store = new PostgresEventStore(pool);
  });
  afterAll(() => pool.end());

  it('two concurrent appends at the same expected version: exactly one wins, the other gets a conflict', async () => {
    const lot = unique('LOT-');
    await store.append([{ streamId: lot, expectedVersion: 0, events: [event(1), event(2)] }], options);
    const attempts = await Promise.allSettled(
      [event(3), event(4)].map((e) => store.append([{ streamId: lot, expectedVersion: 2, events: [e] }], options)),
    );
    const won = attempts.filter((a) => a.status === 'fulfilled');
    const lost = attempts.filter((a): a is PromiseRejectedResult => a.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0].reason).toBeInstanceOf(DomainError);
    expect(lost[0].reason).toMatchObject({ code: 'STREAM.VERSION_CONFLICT', kind: 'conflict' });
    expect(lost[0].reason.details[0]).toMatchObject({ streamId: lot, expectedVersion: 2, currentVersion: 3 });
    const stored = await store.readStream(lot);
    expect(stored.map((e) => e.streamVersion)).toEqual([1, 2, 3]);
  });

  it('many racing creators of one new lot: one stream, no gaps, every loser told the current version', async () => {
    const lot = unique('LOT-');
    const attempts = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) => store.append([{ streamId: lot, expectedVersion: 0, events: [event(i)] }], options)),
    );
    expect(attempts.filter((a) => a.status === 'fulfilled')).toHaveLength(1);
    for (const a of attempts.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) {
      expect(a.reason.details[0]).toMatchObject({ expectedVersion: 0, currentVersion: 1 });
    }
    expect(await store.readStream(lot)).toHaveLength(1);
  });

  it('refuses an expected version ahead of the stream instead of leaving a gap', async () => {
    const lot = unique('LOT-');
    await expect(store.append([{ streamId: lot, expectedVersion: 5, events: [event(1)] }], options)).rejects.toMatchObject({
      code: 'STREAM.VERSION_CONFLICT',
    });
    expect(await store.readStream(lot)).toHaveLength(0);
  });

  it('an append touching several lots is all-or-nothing: one stale lot and nothing is written', async () => {
    const [a, b] = [unique('LOT-'), unique('LOT-')];
    await store.append([{ streamId: b, expectedVersion: 0, events: [event(1)] }], options);
    const appends: StreamAppend[] = [
      { streamId: a, expectedVersion: 0, events: [event(2)] },
      { streamId: b, expectedVersion: 0, events: [event(3)] },
    ];
    await expect(store.append(appends, options)).rejects.toMatchObject({ code: 'STREAM.VERSION_CONFLICT' });
    expect(await store.readStream(a)).toHaveLength(0);
    expect(await store.readStream(b)).toHaveLength(1);
  });

  it('a retried command with the same idempotency key writes nothing new and returns the first response', async () => {
    const lot = unique('LOT-');
    const claim = { scope: 'test', key: unique('key-'), requestHash: 'h1' };
    const append = (n: number) =>
      store.append([{ streamId: lot, expectedVersion: 0, events: [event(n)] }], {
        ...options,
        idempotency: claim,
        respond: (events) => ({ status: 201, body: { eventId: events[0].eventId } }),
      });
    const [first, second] = await Promise.all([append(1), append(2)]);
    const replayed = [first, second].filter((o) => o.replayed);
    expect(replayed).toHaveLength(1);
    expect(first.response).toEqual(second.response);
    expect(await store.readStream(lot)).toHaveLength(1);
  });

  it('refuses an idempotency key reused for a different request', async () => {
    const key = unique('key-');
    const lot = unique('LOT-');
    await store.append([{ streamId: lot, expectedVersion: 0, events: [event(1)] }], {
      ...options,
      idempotency: { scope: 'test', key, requestHash: 'first' },
    });
    await expect(store.findIdempotentResponse({ scope: 'test', key, requestHash: 'second' })).rejects.toMatchObject({
      code: 'IDEMPOTENCY.KEY_REUSED',
    });
  });
});

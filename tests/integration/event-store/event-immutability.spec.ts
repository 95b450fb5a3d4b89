import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { PostgresEventStore } from '#tamga/event-store';
import { testPool, unique } from '../../support/test-infrastructure';

describe('events are immutable, enforced by the database (real Postgres)', () => {
  let pool: Pool;
  let lot: string;
  beforeAll(async () => {
    pool = testPool();
    lot = unique('LOT-');
    await new PostgresEventStore(pool).append(
      [
        {
          streamId: lot,
          expectedVersion: 0,
          events: [{ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-01T00:00:00Z', data: { a: 1 } }],
        },
      ],
      { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) },
    );
  });
  afterAll(() => pool.end());

  it.each([
    ['UPDATE', `UPDATE event_store.events SET data = '{"a":2}' WHERE stream_id = $1`],
    ['DELETE', 'DELETE FROM event_store.events WHERE stream_id = $1'],
  ])('refuses %s of an event, even by the table owner', async (_, sql) => {
    await expect(pool.query(sql, [lot])).rejects.toMatchObject({ code: 'TMG01' });
    const { rows } = await pool.query('SELECT data FROM event_store.events WHERE stream_id = $1', [lot]);
    expect(rows).toEqual([{ data: { a: 1 } }]);
  });

  it('refuses TRUNCATE of the event log', async () => {
    await expect(pool.query('TRUNCATE event_store.events')).rejects.toMatchObject({ code: 'TMG01' });
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [lot]);
    expect(rows[0].n).toBe(1);
  });
});

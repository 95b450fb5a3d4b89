import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { CommittedEventFeed, FEED_START, PostgresEventStore } from '#tamga/event-store';
import { LIVE_READ_MODEL_SCHEMA, applyBatch } from '#tamga/read-models';
import type { LotJourney } from '../../../libs/epcis/src/rendering/testing/lot-journey.testing';
import { exportDatabase, recordJourney } from '../epcis-export/journey-in-postgres';

const CLI = join(__dirname, '..', '..', '..', 'bin', 'tamga.js');
const PUBLIC_URL = 'https://tamga.example.kg';

/** Runs the built `tamga codes` against a database, with labels pointing at PUBLIC_URL. */
const codesCli = (databaseUrl: string, args: string[] = []) =>
  spawnSync(process.execPath, [CLI, 'codes', ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: databaseUrl, TAMGA_PUBLIC_URL: PUBLIC_URL },
  });

/**
 * `npx tamga codes` on a database of its own (so the listing is exactly this journey's): the
 * season's lots recorded in the event store, projected into the read models by the projector's own
 * batch function, then listed by the built command as a user would run it.
 */
describe('npx tamga codes (real Postgres, built CLI)', () => {
  let db: Awaited<ReturnType<typeof exportDatabase>>;
  let journey: LotJourney;
  let lotIds: string[];
  beforeAll(async () => {
    db = await exportDatabase();
    journey = await recordJourney(db.pool);
    lotIds = [...new Set(journey.facts.flatMap((f) => f.copies.map((c) => c.lotId)))].sort();
    // A second packing of the jars, then retracted: its units must not be listed.
    const jarsVersion = journey.facts.filter((f) => f.copies.some((c) => c.lotId === journey.lot.jars)).length;
    const packingId = randomUUID();
    const at = '2026-08-21T04:00:00.000Z';
    await new PostgresEventStore(db.pool).append(
      [{ streamId: journey.lot.jars, expectedVersion: jarsVersion, events: [
        { eventId: packingId, type: 'lot.packed', schemaVersion: 1, occurredAt: at, data: { packingId: 'wrong-pack', lotId: journey.lot.jars, placeId: 'workshop:x', unitSize: { amount: 0.5, unit: 'KGM' }, serials: ['9001', '9002'], packedAt: at } },
        { eventId: randomUUID(), type: 'lot.retracted', schemaVersion: 1, occurredAt: at, data: { lotId: journey.lot.jars, retractsEventId: packingId, reason: 'wrong lot', retractedAt: at } },
      ] }],
      { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) },
    );
    const stored = await new CommittedEventFeed(db.pool).readAfter(FEED_START, 10_000);
    const events = stored.map(({ transactionId: _t, ...envelope }, i) => ({ offset: String(i), envelope, storeId: null }));
    await applyBatch(db.pool, LIVE_READ_MODEL_SCHEMA, { topic: 'codes-test', partition: 0, events });
  }, 60_000);
  afterAll(() => db?.drop());

  it('prints every lot in lot id order, each followed by its packed units, as Digital Links on the public host', () => {
    const result = codesCli(db.url);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const lines = result.stdout.split('\n').filter(Boolean);
    const honeyGtin = journey.masterData.products[1].gtin.padStart(14, '0');
    expect(lines.filter((l) => !l.includes('/21/'))).toEqual(
      lotIds.map((lotId) => expect.stringMatching(new RegExp(`^${PUBLIC_URL}/01/\\d{14}/10/${lotId}$`))),
    );
    const jars = lines.indexOf(`${PUBLIC_URL}/01/${honeyGtin}/10/${journey.lot.jars}`);
    expect(jars).toBeGreaterThanOrEqual(0);
    // The jars packed (one sold since, two recalled: still units with labels); the retracted packing's never.
    expect(lines.slice(jars + 1, jars + 5)).toEqual(['0001', '0002', '0003', '0004'].map((s) => `${PUBLIC_URL}/01/${honeyGtin}/10/${journey.lot.jars}/21/${s}`));
    expect(lines).toHaveLength(lotIds.length + 4);
    expect(result.stdout).not.toContain('/21/9001');
  });

  it('--limit N prints the first N lines only; bad arguments exit 2 with the usage', () => {
    const all = codesCli(db.url).stdout.split('\n').filter(Boolean);
    const limited = codesCli(db.url, ['--limit', '3']);
    expect(limited.status).toBe(0);
    expect(limited.stdout).toBe(`${all.slice(0, 3).join('\n')}\n`);
    expect(codesCli(db.url, ['--limit=9']).stdout.split('\n').filter(Boolean)).toEqual(all.slice(0, 9));
    for (const args of [['--limit', '0'], ['--limit'], ['--lots']]) {
      const refused = codesCli(db.url, args);
      expect(refused).toMatchObject({ status: 2, stdout: '' });
      expect(refused.stderr).toContain('Usage: tamga codes [--limit N]');
    }
  });
});

import { randomBytes, randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { occurredAtOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, type StreamAppend } from '#tamga/event-store';
import { dropDatabase, ensureDatabase, serverUrlOf } from '#tamga/local-infra';
import { createPool, loadConfig, runMigrations } from '#tamga/platform';
import { type LotJourney, lotJourney } from '../../../libs/epcis/src/rendering/testing/lot-journey.testing';

const options = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

/**
 * A database of its own for an export test, on the run's server: a whole-log export must see only
 * what this test recorded, not the lots other integration tests leave in the run's database.
 */
export async function exportDatabase(): Promise<{ url: string; pool: Pool; drop(): Promise<void> }> {
  const serverUrl = serverUrlOf(loadConfig().databaseUrl);
  const name = `tamga_test_${process.env.TAMGA_TEST_RUN}_epcis_${randomBytes(3).toString('hex')}`;
  const url = await ensureDatabase(serverUrl, name);
  await runMigrations(url);
  const pool = createPool(url, 4);
  return { url, pool, drop: async () => { await pool.end(); await dropDatabase(serverUrl, name); } };
}

/**
 * Records the journey's master data (a `place/…`, `product/…`, `party/…` stream per entity) and then
 * each fact as capture does: one append per fact, a copy on every lot it touches, each at its version.
 */
export async function recordJourney(pool: Pool, tag = `E${randomBytes(3).toString('hex')}`): Promise<LotJourney> {
  const store = new PostgresEventStore(pool);
  const journey = lotJourney(tag, randomUUID);
  const now = new Date().toISOString();
  const register = (streamId: string, type: string, data: unknown): StreamAppend => ({
    streamId,
    expectedVersion: 0,
    events: [{ eventId: randomUUID(), type, schemaVersion: 1, occurredAt: now, data }],
  });
  const m = journey.masterData;
  await store.append(
    [
      ...m.places.map((p) => register(streamIdOf.place(p.placeId), 'place.registered', p)),
      ...m.products.map((p) => register(streamIdOf.product(p.productId), 'product.registered', p)),
      ...m.parties.map((p) => register(streamIdOf.party(p.partyId), 'party.registered', p)),
    ],
    options,
  );
  const versions = new Map<string, number>();
  for (const { event, copies } of journey.facts) {
    const appends = copies.map(({ lotId, eventId }) => ({
      streamId: lotId,
      expectedVersion: versions.get(lotId) ?? 0,
      events: [{ eventId, type: event.type, schemaVersion: event.schemaVersion, occurredAt: occurredAtOf(event), data: event.data }],
    }));
    await store.append(appends, options);
    for (const { lotId } of copies) versions.set(lotId, (versions.get(lotId) ?? 0) + 1);
  }
  return journey;
}

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import {
  DEFAULT_ADMIN_PARTY_ID,
  bootstrapAdminKey,
  destroyApiKeyHash,
  findApiKeyHash,
  mintApiKey,
  parseApiKeyToken,
  secretMatchesHash,
  storeApiKeyHash,
} from '#tamga/api-keys';
import { DomainError, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { testPool, unique } from '../../support/test-infrastructure';

const issuedEvent = (keyId: string, partyId: string) => ({
  eventId: randomUUID(),
  type: 'api-key.issued',
  schemaVersion: 1,
  occurredAt: new Date().toISOString(),
  data: { keyId, partyId, label: 'test', issuedAt: new Date().toISOString() },
});
const options = { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) };

describe('an API key\'s hash commits or rolls back with its event (real Postgres)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  beforeAll(() => {
    pool = testPool(4);
    store = new PostgresEventStore(pool);
  });
  afterAll(() => pool.end());

  const eventCount = async (streamId: string) =>
    (await pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [streamId])).rows[0].n as number;

  it('bootstrapping issues a key whose secret matches the stored hash, and registers the admin once', async () => {
    const partyId = unique('admin:boot-');
    const first = await bootstrapAdminKey(store, { partyId, label: 'first' });
    const second = await bootstrapAdminKey(store, { partyId });
    expect(first.keyId).not.toBe(second.keyId);
    expect(await eventCount(streamIdOf.party(partyId))).toBe(1);
    for (const issued of [first, second]) {
      const { keyId, secret } = parseApiKeyToken(issued.apiKey)!;
      const hash = await findApiKeyHash(pool, keyId);
      expect(hash && secretMatchesHash(secret, hash)).toBe(true);
      const [event] = await store.readStream(streamIdOf.apiKey(keyId));
      expect(event).toMatchObject({ type: 'api-key.issued', actorId: partyId, data: { keyId, partyId } });
      expect(JSON.stringify(event)).not.toContain(secret);
    }
    expect(DEFAULT_ADMIN_PARTY_ID).toBe('admin:tamga');
  });

  it('refuses to bootstrap a key for a party that exists without the admin role', async () => {
    const partyId = unique('producer:boot-');
    await store.append([{ streamId: streamIdOf.party(partyId), expectedVersion: 0, events: [{ eventId: randomUUID(), type: 'party.registered', schemaVersion: 1, occurredAt: new Date().toISOString(), data: { partyId, version: 1, kinds: ['producer'], memberOfIds: [], operatesPlaceIds: [] } }] }], options);
    await expect(bootstrapAdminKey(store, { partyId })).rejects.toMatchObject({ code: 'ACCESS.NOT_AN_ADMIN' });
  });

  it('a step that fails inside the append leaves neither the event nor the hash', async () => {
    const { keyId, secret } = mintApiKey();
    const failing = store.append([{ streamId: streamIdOf.apiKey(keyId), expectedVersion: 0, events: [issuedEvent(keyId, 'producer:x')] }], {
      ...options,
      inTransaction: async (client) => {
        await storeApiKeyHash(client, keyId, 'producer:x', Buffer.alloc(32, 1));
        throw new Error('the step after the hash failed');
      },
    });
    await expect(failing).rejects.toThrow('the step after the hash failed');
    expect(await eventCount(streamIdOf.apiKey(keyId))).toBe(0);
    expect(await findApiKeyHash(pool, keyId)).toBeNull();
    expect(secret).toBeDefined();
  });

  it('an append refused for its version writes no hash, and revoking destroys the hash with its event', async () => {
    const { keyId } = mintApiKey();
    const stream = streamIdOf.apiKey(keyId);
    await store.append([{ streamId: stream, expectedVersion: 0, events: [issuedEvent(keyId, 'producer:y')] }], {
      ...options,
      inTransaction: (client) => storeApiKeyHash(client, keyId, 'producer:y', Buffer.alloc(32, 2)),
    });
    const stale = store.append([{ streamId: stream, expectedVersion: 0, events: [issuedEvent(keyId, 'producer:y')] }], {
      ...options,
      inTransaction: (client) => storeApiKeyHash(client, keyId, 'producer:y', Buffer.alloc(32, 3)),
    });
    await expect(stale).rejects.toBeInstanceOf(DomainError);
    expect(await findApiKeyHash(pool, keyId)).toEqual(Buffer.alloc(32, 2));

    const revoked = { eventId: randomUUID(), type: 'api-key.revoked', schemaVersion: 1, occurredAt: new Date().toISOString(), data: { keyId, reason: 'lost', revokedAt: new Date().toISOString() } };
    await store.append([{ streamId: stream, expectedVersion: 1, events: [revoked] }], { ...options, inTransaction: (client) => destroyApiKeyHash(client, keyId) });
    expect(await findApiKeyHash(pool, keyId)).toBeNull();
    expect(await eventCount(stream)).toBe(2);
  });
});

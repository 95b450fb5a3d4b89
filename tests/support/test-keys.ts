import { randomBytes, randomUUID } from 'node:crypto';
import { Pool } from 'pg';
import { IssuedApiKey, bootstrapAdminKey, issueApiKey } from '#tamga/api-keys';
import { Party, PartyEvent, PartyKind, decideRegisterParty, foldParty, masterDataLookupOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { loadConfig } from '#tamga/platform';

/** An API key a test sends, and whose it is. */
export interface TestKey {
  readonly partyId: string;
  readonly keyId: string;
  /** The whole key, `tmg_<keyId>_<secret>`. */
  readonly apiKey: string;
  /** `{ Authorization: 'Bearer <apiKey>' }`, to spread into fetch headers. */
  readonly headers: { readonly Authorization: string };
}

/** A party to register for a test; a random `partyId` of its first kind when none is given. */
export interface TestParty {
  readonly partyId?: string;
  readonly kinds: readonly PartyKind[];
  readonly memberOfIds?: readonly string[];
  readonly operatesPlaceIds?: readonly string[];
}

/** `{ Authorization: 'Bearer <apiKey>' }` for any key, a test's or not. */
export function bearer(apiKey: string): { readonly Authorization: string } {
  return { Authorization: `Bearer ${apiKey}` };
}

let store: { pool: Pool; eventStore: PostgresEventStore } | undefined;
let admin: Promise<TestKey> | undefined;

// Its own small pool on the run's database (DATABASE_URL, set by the global setup). Idle
// connections do not keep the process alive, so no test file has to close it.
function eventStore(): PostgresEventStore {
  if (!store) {
    const pool = new Pool({ connectionString: loadConfig().databaseUrl, max: 2, allowExitOnIdle: true, idleTimeoutMillis: 1_000 });
    // The global teardown drops the run's database, which ends idle connections: not a test failure.
    pool.on('error', () => undefined);
    store = { pool, eventStore: new PostgresEventStore(pool) };
  }
  return store.eventStore;
}

const asTestKey = (issued: IssuedApiKey): TestKey => ({ partyId: issued.partyId, keyId: issued.keyId, apiKey: issued.apiKey, headers: bearer(issued.apiKey) });

/**
 * An admin's key, the same for every call in one test file (module registry): a fresh admin party
 * `admin:test-<random>`, registered and keyed directly in the event store, as `tamga admin-key` does.
 */
export function adminKey(): Promise<TestKey> {
  admin ??= bootstrapAdminKey(eventStore(), { partyId: `admin:test-${randomBytes(4).toString('hex')}`, label: 'tests' }).then(asTestKey);
  return admin;
}

/**
 * Registers a party (kept as it is when its id is registered already, so files can share a
 * fixture's party) and issues it a new key, both directly in the event store, by the file's admin.
 */
export async function partyWithKey(party: TestParty, key: { readonly label?: string; readonly deviceId?: string } = {}): Promise<TestKey> {
  const { partyId: adminId } = await adminKey();
  const partyId = party.partyId ?? `${party.kinds[0]}:test-${randomBytes(5).toString('hex')}`;
  const registered = (await readParty(partyId)) ?? (await registerParty({ ...party, partyId }, adminId));
  const issued = await issueApiKey(
    eventStore(),
    { partyId, label: key.label ?? 'test-key', ...(key.deviceId !== undefined ? { deviceId: key.deviceId } : {}) },
    masterDataLookupOf({ parties: [registered, (await readParty(adminId))!] }),
    { now: new Date(), actorId: adminId },
  );
  return asTestKey(issued);
}

/** Ends the helper's pool (for scripts such as the bench; test files need not call it). */
export async function releaseTestKeys(): Promise<void> {
  const ending = store?.pool.end();
  store = undefined;
  admin = undefined;
  await ending;
}

async function readParty(partyId: string): Promise<Party | undefined> {
  const stored = await eventStore().readStream(streamIdOf.party(partyId));
  const state = foldParty(stored.map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as PartyEvent));
  return state.status === 'registered' ? state : undefined;
}

async function registerParty(party: TestParty & { readonly partyId: string }, adminId: string): Promise<Party> {
  const now = new Date();
  const [event] = decideRegisterParty({ ...party, kinds: [...party.kinds] }, { status: 'absent' }, { now, actorId: adminId });
  try {
    await eventStore().append(
      [{ streamId: streamIdOf.party(party.partyId), expectedVersion: 0, events: [{ ...event, eventId: randomUUID(), occurredAt: now.toISOString() }] }],
      { actorId: adminId, metadata: { commandId: randomUUID() }, respond: () => ({ status: 201, body: null }) },
    );
    return event.data;
  } catch (error) {
    // Another test file registered the same fixture party at the same moment: use theirs.
    const existing = await readParty(party.partyId);
    if (existing) return existing;
    throw error;
  }
}

import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { EVENT_COLUMNS, StoredEvent, toStoredEvent } from '#tamga/event-store';
import { PostgresEventStore, SERVICE_KEYS_STREAM, ServiceSigningKey, appendInBulk } from '#tamga/event-store';
import { dataDigest, commitments, recordHash, sealedRecordOf, signingPayload, toHex, verifySignatureSync } from '#tamga/integrity';
import { testPool, unique } from '../../support/test-infrastructure';

const EPCIS_HASH = `ni:///sha-256;${'ab'.repeat(32)}?ver=CBV2.0`;

/** The record hash recomputed from a stored event alone (ADR 0016). */
const recomputed = (e: StoredEvent) => toHex(recordHash(sealedRecordOf(e, e.seal!)));

describe('every append seals its events: record hash, per-stream chain, signature (real Postgres)', () => {
  let pool: Pool;
  let store: PostgresEventStore;
  let service: ServiceSigningKey;
  beforeAll(async () => {
    pool = testPool(4);
    store = new PostgresEventStore(pool);
    service = await ServiceSigningKey.load(pool);
  });
  afterAll(() => pool.end());

  const append = (appends: Parameters<PostgresEventStore['append']>[0], actorId: string | null = 'producer:asel') =>
    store.append(appends, { actorId, metadata: { commandId: randomUUID() }, respond: () => ({ status: 201, body: {} }) });
  const event = (data: object, seal?: object) => ({ eventId: randomUUID(), type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-15T06:30:00+06:00', data, ...(seal ? { seal } : {}) });

  it('chains each stream across versions and appends, and the record hash recomputes from the stored row', async () => {
    const lot = unique('LOT-');
    await append([{ streamId: lot, expectedVersion: 0, events: [event({ n: 1 }), event({ n: 2 })] }]);
    await append([{ streamId: lot, expectedVersion: 2, events: [event({ n: 3, note: 'third' })] }]);
    const stored = await store.readStream(lot);
    expect(stored.map((e) => e.seal!.previous)).toEqual([{ [lot]: null }, { [lot]: stored[0].recordHash }, { [lot]: stored[1].recordHash }]);
    for (const e of stored) {
      expect(e.recordHash).toMatch(/^[0-9a-f]{64}$/);
      expect(recomputed(e)).toBe(e.recordHash);
      expect(Object.keys(e.seal!.salts).sort()).toEqual(Object.keys(e.data as object).sort());
    }
    expect(new Set(stored.map((e) => e.recordHash)).size).toBe(3);
  });

  it('gives every row of a multi-lot fact the same previous map naming all its lots, and one server signature', async () => {
    const [a, b, out] = [unique('LOT-'), unique('LOT-'), unique('LOT-')];
    await append([{ streamId: a, expectedVersion: 0, events: [event({ n: 1 })] }]);
    await append([{ streamId: b, expectedVersion: 0, events: [event({ n: 1 })] }]);
    const [headA, headB] = [(await store.readStream(a))[0], (await store.readStream(b))[0]];
    const merge = { eventId: '', type: 'test.merged', schemaVersion: 1, occurredAt: '2026-07-16T00:00:00.000Z', data: { inputs: [a, b], output: out }, seal: { fact: 'merge-1', epcisHashes: [EPCIS_HASH] } };
    const outcome = await append([a, b, out].map((streamId) => ({ streamId, expectedVersion: streamId === out ? 0 : 1, events: [{ ...merge, eventId: randomUUID() }] })));
    const rows = outcome.events;
    expect(rows).toHaveLength(3);
    for (const row of rows) {
      expect(row.seal!.previous).toEqual({ [a]: headA.recordHash, [b]: headB.recordHash, [out]: null });
      expect(row.seal).toEqual(rows[0].seal);
      expect(row.seal!.signature).toMatchObject({ keyId: service.keyId, by: 'server', alg: 'Ed25519' });
    }
    const payload = signingPayload({ type: 'test.merged', streamIds: [out, b, a], occurredAt: '2026-07-16T00:00:00.000Z', actorId: 'producer:asel', epcisHashes: [EPCIS_HASH] });
    expect(verifySignatureSync(service.publicKey, payload, rows[0].seal!.signature.value)).toBe(true);
    // As read back (not as the append answered): the stored rows recompute too.
    for (const id of [a, b, out]) {
      const last = (await store.readStream(id)).at(-1)!;
      expect(recomputed(last)).toBe(last.recordHash);
      expect(last.seal).toEqual(rows[0].seal);
    }
    // The next event of lot a chains to the merge's row on a.
    await append([{ streamId: a, expectedVersion: 2, events: [event({ n: 3 })] }]);
    const [, mergeOnA, third] = await store.readStream(a);
    expect(third.seal!.previous).toEqual({ [a]: mergeOnA.recordHash });
  });

  it('records a signature the caller supplies (a device\'s) as given, and signs over the data digest when EPCIS has no rendering', async () => {
    const lot = unique('LOT-');
    const device = { keyId: 'device-key-1', by: 'device' as const, alg: 'Ed25519' as const, value: 'A'.repeat(86) };
    await append([{ streamId: lot, expectedVersion: 0, events: [event({ n: 1 }, { epcisHashes: [EPCIS_HASH], signature: device }), event({ n: 2 })] }]);
    const [signed, plain] = await store.readStream(lot);
    expect(signed.seal!.signature).toEqual(device);
    expect(plain.seal!.epcisHashes).toEqual([]);
    const digest = dataDigest(commitments(plain.data as object, plain.seal!.salts));
    const payload = signingPayload({ type: 'test.appended', streamIds: [lot], occurredAt: plain.occurredAt, actorId: 'producer:asel', dataDigest: digest });
    expect(verifySignatureSync(service.publicKey, payload, plain.seal!.signature.value)).toBe(true);
    expect(plain.occurredAt).toBe('2026-07-15T00:30:00.000Z');
  });

  it('a changed byte in a stored row no longer recomputes to its record hash', async () => {
    const lot = unique('LOT-');
    await append([{ streamId: lot, expectedVersion: 0, events: [event({ quantity: { amount: 120, unit: 'kg' }, village: 'tamga' })] }]);
    const [e] = await store.readStream(lot);
    expect(recomputed(e)).toBe(e.recordHash);
    const changed = [
      { ...e, data: { ...(e.data as object), quantity: { amount: 121, unit: 'kg' } } },
      { ...e, data: { ...(e.data as object), village: 'tamgb' } },
      { ...e, actorId: 'producer:bakyt' },
      { ...e, occurredAt: '2026-07-15T00:30:00.001Z' },
      { ...e, metadata: { ...e.metadata, commandId: 'x' } },
      { ...e, seal: { ...e.seal!, previous: { [lot]: '00'.repeat(32) } } },
      { ...e, seal: { ...e.seal!, salts: { ...e.seal!.salts, village: 'A'.repeat(22) } } },
      { ...e, seal: { ...e.seal!, signature: { ...e.seal!.signature, by: 'device' as const } } },
    ];
    for (const c of changed) expect(recomputed(c)).not.toBe(e.recordHash);
  });

  it('a byte changed in the stored row itself, as a superuser bypassing the triggers would, no longer recomputes', async () => {
    const lot = unique('LOT-');
    await append([{ streamId: lot, expectedVersion: 0, events: [event({ quantity: { amount: 120, unit: 'kg' } })] }]);
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SET LOCAL session_replication_role = replica'); // the immutability triggers stand aside
      await client.query(`UPDATE event_store.events SET data = jsonb_set(data, '{quantity,amount}', '121') WHERE stream_id = $1`, [lot]);
      const { rows } = await client.query(`SELECT ${EVENT_COLUMNS} FROM event_store.events WHERE stream_id = $1`, [lot]);
      const tampered = toStoredEvent(rows[0]);
      expect(tampered.data).toMatchObject({ quantity: { amount: 121 } });
      expect(recomputed(tampered)).not.toBe(tampered.recordHash);
    } finally {
      await client.query('ROLLBACK');
      client.release();
    }
    const [intact] = await store.readStream(lot);
    expect(recomputed(intact)).toBe(intact.recordHash);
  });

  it('seals bulk appends too, one fact per `seal.fact` key, chained to what the stream held', async () => {
    const [a, b] = [unique('LOT-'), unique('LOT-')];
    await appendInBulk(pool, [1, 2].map((n) => ({ eventId: randomUUID(), streamId: a, streamVersion: n, actorId: 'producer:one', type: 'test.appended', schemaVersion: 1, occurredAt: '2026-07-15T06:30:00Z', data: { n } })));
    const shared = { type: 'test.merged', schemaVersion: 1, occurredAt: '2026-07-15T07:00:00Z', data: { lots: [a, b] }, actorId: 'processor:one', seal: { fact: 'm', epcisHashes: [EPCIS_HASH] } };
    await appendInBulk(pool, [
      { ...shared, eventId: randomUUID(), streamId: b, streamVersion: 1 },
      { ...shared, eventId: randomUUID(), streamId: a, streamVersion: 3 },
    ]);
    const streamA = await store.readStream(a);
    const [onB] = await store.readStream(b);
    expect(streamA[1].seal!.previous).toEqual({ [a]: streamA[0].recordHash });
    expect(onB.seal!.previous).toEqual({ [a]: streamA[1].recordHash, [b]: null });
    expect(streamA[2].seal).toEqual(onB.seal);
    for (const e of [...streamA, onB]) expect(recomputed(e)).toBe(e.recordHash);
  });

  it('publishes the service key in the log once: service.signing-key-registered, itself sealed and signed by that key', async () => {
    const another = testPool(1); // another process's pool: it finds the key, it does not make one
    expect((await ServiceSigningKey.load(another)).keyId).toBe(service.keyId);
    await another.end();
    const [registration, ...others] = await store.readStream(SERVICE_KEYS_STREAM);
    expect(others).toEqual([]);
    expect(registration.type).toBe('service.signing-key-registered');
    expect(registration.data).toEqual({ keyId: service.keyId, publicKey: service.publicKey, registeredAt: service.createdAt });
    expect(recomputed(registration)).toBe(registration.recordHash);
    const digest = dataDigest(commitments(registration.data as object, registration.seal!.salts));
    const payload = signingPayload({ type: registration.type, streamIds: [SERVICE_KEYS_STREAM], occurredAt: registration.occurredAt, actorId: null, dataDigest: digest });
    expect(verifySignatureSync(service.publicKey, payload, registration.seal!.signature.value)).toBe(true);
  });
});

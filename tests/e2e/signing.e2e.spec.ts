import { PostgresEventStore, SERVICE_KEYS_STREAM, StoredEvent } from '#tamga/event-store';
import { signFactRequest, signatureHeader } from '#tamga/device-signing';
import { SigningKeyPair, generateSigningKey, keyValidAt, recordHash, sealedRecordOf, signingPayload, toHex, verifySignatureSync } from '#tamga/integrity';
import { harvestRequest } from '../fixtures/harvest-request';
import { ensureBarskoonMasterData } from '../fixtures/barskoon-master-data';
import { useRunningTamga } from '../support/use-running-tamga';
import { jsonOf, unique } from '../support/test-infrastructure';
import { TestKey, adminKey, partyWithKey } from '../support/test-keys';

/** The payload a stored lot fact's signature is over, rebuilt from the stored row alone (ADR 0016). */
const payloadOf = (e: StoredEvent) =>
  signingPayload({ type: e.type, streamIds: Object.keys(e.seal!.previous), occurredAt: e.occurredAt, actorId: e.actorId, epcisHashes: e.seal!.epcisHashes });

describe('signed capture: device and server signatures over HTTP, real Kafka and Postgres', () => {
  const running = useRunningTamga();
  let store: PostgresEventStore;
  // Each its own producer: a party with an active key must sign, so no other test file may share them.
  let device: TestKey;
  let plain: TestKey;
  let other: TestKey;
  let deviceKey: SigningKeyPair;
  let otherKey: SigningKeyPair;
  beforeAll(async () => {
    await ensureBarskoonMasterData();
    [device, plain, other] = await Promise.all([1, 2, 3].map(() => partyWithKey({ kinds: ['producer'] })));
    store = new PostgresEventStore(running.pool);
    deviceKey = generateSigningKey();
    otherKey = generateSigningKey();
    expect((await registerKey(device, deviceKey, 'apiary-phone-1')).status).toBe(201);
    expect((await registerKey(other, otherKey)).status).toBe(201);
  });

  const capture = (path: string, init: { key: TestKey; body?: unknown; headers?: Record<string, string>; method?: string }) =>
    fetch(`${running.tamga.captureUrl}${path}`, {
      method: init.method ?? 'POST',
      headers: { 'Content-Type': 'application/json', ...init.key.headers, ...init.headers },
      ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
    });
  const registerKey = (party: TestKey, pair: SigningKeyPair, device?: string) =>
    capture(`/parties/${party.partyId}/signing-keys`, { key: party, body: { publicKey: pair.publicKey, ...(device ? { device } : {}) } });
  const harvestOf = (party: TestKey, lotId = unique('SIG-')) => ({ ...harvestRequest(lotId), producerId: party.partyId });
  const signed = (party: TestKey, body: unknown, pair: SigningKeyPair) =>
    signFactRequest({ captureUrl: running.tamga.captureUrl, path: '/harvests', apiKey: party.apiKey, body }, { keyId: pair.keyId, privateKey: pair.privateKey });
  const eventsOf = async (lotId: string) => (await running.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [lotId])).rows[0].n;

  it('records a device-signed harvest with by "device", and its signature and record hash verify from the stored row', async () => {
    const body = harvestOf(device);
    const { signature, dryRun } = await signed(device, body, deviceKey);
    const response = await capture('/harvests', { key: device, body, headers: { 'Tamga-Signature': signature } });
    expect(response.status).toBe(201);
    const [stored] = await store.readStream(body.lotId);
    expect(stored.seal!.signature).toEqual({ keyId: deviceKey.keyId, by: 'device', alg: 'Ed25519', value: signature.split(':')[1] });
    expect(stored.seal!.epcisHashes).toEqual(dryRun.epcisHashes);
    expect(stored.seal!.epcisHashes[0]).toMatch(/^ni:\/\/\/sha-256;[0-9a-f]{64}\?ver=CBV2\.0$/);
    expect(verifySignatureSync(deviceKey.publicKey, payloadOf(stored), stored.seal!.signature.value)).toBe(true);
    expect(toHex(recordHash(sealedRecordOf(stored, stored.seal!)))).toBe(stored.recordHash);
    expect(verifySignatureSync(otherKey.publicKey, payloadOf(stored), stored.seal!.signature.value)).toBe(false);
  });

  it('refuses a signature by another party\'s key, a flipped byte, or none from a party with a key: problem+json naming Tamga-Signature, nothing written', async () => {
    const body = harvestOf(device);
    const foreign = (await signed(device, body, otherKey)).signature;
    const good = (await signed(device, body, deviceKey)).signature;
    const value = Buffer.from(good.split(':')[1], 'base64url');
    value[10] ^= 0x01;
    const flipped = `${deviceKey.keyId}:${value.toString('base64url')}`;
    const cases: [string | undefined, number, string, string][] = [
      [foreign, 403, 'SIGNATURE.UNKNOWN_KEY', 'key-of-actor'],
      [flipped, 422, 'SIGNATURE.INVALID', 'signature-verifies'],
      [undefined, 422, 'SIGNATURE.REQUIRED', 'signature-required'],
      ['not-a-signature', 422, 'SIGNATURE.MALFORMED', 'key-id-colon-signature'],
    ];
    for (const [header, status, code, rule] of cases) {
      const response = await capture('/harvests', { key: device, body, headers: header ? { 'Tamga-Signature': header } : {} });
      expect({ header, status: response.status, type: response.headers.get('content-type') }).toEqual({ header, status, type: expect.stringContaining('application/problem+json') });
      expect(await jsonOf(response)).toMatchObject({ code, errors: [expect.objectContaining({ field: 'Tamga-Signature', rule })] });
    }
    // The same fact signed for another body (a time the device did not name) is refused, and says why.
    const { signature } = await signed(device, body, deviceKey);
    const refused = await capture('/harvests', { key: device, body: { ...body, harvestedAt: '2026-07-20T06:46:00+06:00' }, headers: { 'Tamga-Signature': signature } });
    expect(refused.status).toBe(422);
    expect((await jsonOf(refused)).errors[0].message).toMatch(/must name the lot ids, fact ids and times itself.*dryRun=true/);
    expect(await eventsOf(body.lotId)).toBe(0);
  });

  it('after rotation the new key signs, the revoked one is refused, and facts it signed before its revocation still verify', async () => {
    const party = await partyWithKey({ kinds: ['producer'] });
    const [oldKey, newKey] = [generateSigningKey(), generateSigningKey()];
    expect((await registerKey(party, oldKey)).status).toBe(201);
    const before = harvestOf(party);
    expect((await capture('/harvests', { key: party, body: before, headers: { 'Tamga-Signature': (await signed(party, before, oldKey)).signature } })).status).toBe(201);
    expect((await registerKey(party, newKey, 'apiary-phone-2')).status).toBe(201);
    const revoked = await capture(`/parties/${party.partyId}/signing-keys/${oldKey.keyId}/revocation`, { key: party, body: { reason: 'rotated' } });
    expect(revoked.status).toBe(200);
    expect(await jsonOf(revoked)).toMatchObject({ keyId: oldKey.keyId, status: 'revoked', reason: 'rotated' });

    const after = harvestOf(party);
    const withOld = await capture('/harvests', { key: party, body: after, headers: { 'Tamga-Signature': signatureHeader((await signed(party, after, newKey)).dryRun.signingPayload, oldKey) } });
    expect(withOld.status).toBe(403);
    expect(await jsonOf(withOld)).toMatchObject({ code: 'SIGNATURE.KEY_REVOKED', errors: [{ field: 'Tamga-Signature', rule: 'key-not-revoked' }] });
    expect(await eventsOf(after.lotId)).toBe(0);
    expect((await capture('/harvests', { key: party, body: after, headers: { 'Tamga-Signature': (await signed(party, after, newKey)).signature } })).status).toBe(201);

    const listed = await capture(`/parties/${party.partyId}/signing-keys`, { key: party, method: 'GET' });
    const { signingKeys } = await jsonOf(listed);
    expect(signingKeys.map((k: { keyId: string; status: string }) => [k.keyId, k.status])).toEqual([[oldKey.keyId, 'revoked'], [newKey.keyId, 'active']]);
    const keyOf = (keyId: string) => signingKeys.find((k: { keyId: string }) => k.keyId === keyId);
    for (const lotId of [before.lotId, after.lotId]) {
      const [e] = await store.readStream(lotId);
      const key = keyOf(e.seal!.signature.keyId);
      expect(keyValidAt(key, e.recordedAt)).toBe(true);
      expect(verifySignatureSync(key.publicKey, payloadOf(e), e.seal!.signature.value)).toBe(true);
    }
    // The old key's signature on a fact recorded after its revocation would not count.
    const [late] = await store.readStream(after.lotId);
    expect(keyValidAt(keyOf(oldKey.keyId), late.recordedAt)).toBe(false);
  });

  it('gives a party without signing keys a server signature, by the service key the log published', async () => {
    const body = harvestOf(plain);
    expect((await capture('/harvests', { key: plain, body })).status).toBe(201);
    const [stored] = await store.readStream(body.lotId);
    const [registration] = await store.readStream(SERVICE_KEYS_STREAM);
    const service = registration.data as { keyId: string; publicKey: string };
    expect(stored.seal!.signature).toMatchObject({ keyId: service.keyId, by: 'server', alg: 'Ed25519' });
    expect(verifySignatureSync(service.publicKey, payloadOf(stored), stored.seal!.signature.value)).toBe(true);
  });

  it('answers ?dryRun=true with what a device signs and records nothing', async () => {
    const body = harvestOf(plain);
    const response = await capture('/harvests?dryRun=true', { key: plain, body });
    expect(response.status).toBe(200);
    const answer = await jsonOf(response);
    expect(Object.keys(answer).sort()).toEqual(['epcisEvents', 'epcisHashes', 'occurredAt', 'signingPayload', 'streamIds']);
    expect(answer).toMatchObject({
      streamIds: [body.lotId],
      occurredAt: '2026-07-20T00:45:00.000Z',
      signingPayload: { v: 'tamga-event-signature/1', type: 'lot.harvested', streamIds: [body.lotId], actorId: plain.partyId, epcisHashes: answer.epcisHashes },
    });
    expect(answer.epcisEvents[0]).toMatchObject({ type: 'ObjectEvent', eventID: answer.epcisHashes[0] });
    expect(await eventsOf(body.lotId)).toBe(0);
    expect((await capture('/harvests?dryRun=maybe', { key: plain, body })).status).toBe(422);
  });

  it('takes a signature per fact in an offline batch, and refuses the batch when one does not verify', async () => {
    const [first, second] = [harvestOf(device), harvestOf(device)];
    const sign = async (body: unknown) => (await signed(device, body, deviceKey)).signature;
    const batch = (signatures: string[]) => ({
      facts: [first, second].map((fact, i) => ({ kind: 'harvest', clientEventId: unique('c-'), signature: signatures[i], fact })),
    });
    const bad = await capture('/lot-facts/batch', { key: device, body: batch([await sign(first), await sign(first)]) });
    expect(bad.status).toBe(422);
    expect(await jsonOf(bad)).toMatchObject({ errors: [expect.objectContaining({ field: 'facts[1].signature', rule: 'signature-verifies' })] });
    expect((await eventsOf(first.lotId)) + (await eventsOf(second.lotId))).toBe(0);
    const good = await capture('/lot-facts/batch', { key: device, body: batch([await sign(first), await sign(second)]) });
    expect(good.status).toBe(201);
    const rows = [...(await store.readStream(first.lotId)), ...(await store.readStream(second.lotId))];
    expect(rows.map((e) => e.seal!.signature.by)).toEqual(['device', 'device']);
    for (const e of rows) expect(verifySignatureSync(deviceKey.publicKey, payloadOf(e), e.seal!.signature.value)).toBe(true);
  });

  it('lets the party itself or an admin manage its keys, and refuses anyone else', async () => {
    const admin = await adminKey();
    expect((await capture(`/parties/${device.partyId}/signing-keys`, { key: admin, method: 'GET' })).status).toBe(200);
    const listed = await capture(`/parties/${device.partyId}/signing-keys`, { key: other, method: 'GET' });
    expect(listed.status).toBe(403);
    const revoking = await capture(`/parties/${device.partyId}/signing-keys/${deviceKey.keyId}/revocation`, { key: other, body: {} });
    expect(revoking.status).toBe(403);
    expect(await jsonOf(revoking)).toMatchObject({ code: 'ACCESS.NOT_OWN_SIGNING_KEY', errors: [{ field: 'partyId', rule: 'own-signing-keys' }] });
    const badKey = await capture(`/parties/${device.partyId}/signing-keys`, { key: device, body: { publicKey: 'too-short' } });
    expect(badKey.status).toBe(422);
    expect(await jsonOf(badKey)).toMatchObject({ errors: [expect.objectContaining({ field: 'publicKey' })] });
    expect((await registerKey(device, deviceKey)).status).toBe(409);
  });
});

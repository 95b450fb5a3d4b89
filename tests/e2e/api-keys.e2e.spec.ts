import { randomBytes, randomUUID } from 'node:crypto';
import { destroyApiKeyHash, hashApiKeySecret, loadApiKey, mintApiKey, storeApiKeyHash } from '#tamga/api-keys';
import { Place, Product, VillageSpecialisation, decideRevokeApiKey, demoGln, demoGtin13, masterDataLookupOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { VERIFIED_KEY_TTL_MS } from '#tamga/auth';
import { harvestRequest } from '../fixtures/harvest-request';
import { adminKey, bearer, partyWithKey } from '../support/test-keys';
import { jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

describe('every write is authenticated with an API key; the actor is the key\'s party', () => {
  const running = useRunningTamga();

  // A village registered for a product, of this file's own, so its harvests pass the lot rules unflagged.
  const tag = randomBytes(4).toString('hex');
  const villageId = `village:keys-${tag}`;
  const productId = `product:keys-honey-${tag}`;
  beforeAll(async () => {
    const digits = () => String(Math.floor(Math.random() * 100_000)).padStart(5, '0');
    const names = { ky: 'Барскоон', ru: 'Барскоон', en: 'Barskoon' };
    const village: Place = { placeId: villageId, version: 1, kind: 'village', gln: demoGln('0008', digits()), names };
    const honey: Product = { productId, version: 1, gtin: `0${demoGtin13('0008', digits())}`, names, category: 'honey', unit: 'KGM', yieldBounds: [] };
    const registered = (streamId: string, type: string, data: unknown) => ({
      streamId,
      expectedVersion: 0,
      events: [{ eventId: randomUUID(), type, schemaVersion: 1, occurredAt: new Date().toISOString(), data }],
    });
    await new PostgresEventStore(running.pool).append(
      [
        registered(streamIdOf.place(villageId), 'place.registered', village),
        registered(streamIdOf.product(productId), 'product.registered', honey),
        registered(streamIdOf.specialisations(villageId), 'village.specialisation-registered', { villageId, productId, since: '2015-01-01' } satisfies VillageSpecialisation),
      ],
      { actorId: (await adminKey()).partyId, metadata: {}, respond: () => ({ status: 201, body: null }) },
    );
  });
  /** A harvest the key's own producer may record. */
  const harvestBy = (producer: { partyId: string }, lotId: string) => ({ ...harvestRequest(lotId), villageId, productId, producerId: producer.partyId });

  const call = (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) =>
    fetch(`${running.tamga.captureUrl}${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const eventsOf = async (streamId: string) =>
    (await running.pool.query('SELECT type, actor_id FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version', [streamId])).rows;

  /** A 401 problem with the Bearer challenge, and nothing recorded for the lot it tried. */
  async function expectUnauthenticated(response: Response, lotId: string): Promise<void> {
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer realm="tamga"/);
    expect(await jsonOf(response)).toMatchObject({ status: 401, code: 'AUTH.UNAUTHENTICATED', errors: [{ field: 'Authorization' }] });
    expect(await eventsOf(lotId)).toEqual([]);
  }

  it('no key: 401 with a Bearer challenge, and nothing is recorded', async () => {
    const lotId = unique('NOKEY-');
    await expectUnauthenticated(await call('POST', '/harvests', {}, harvestRequest(lotId)), lotId);
    await expectUnauthenticated(await call('POST', '/harvests/batch', {}, { harvests: [harvestRequest(lotId)] }), lotId);
    expect((await call('GET', '/api-keys')).status).toBe(401);
  });

  it('a malformed, unknown or wrong key: 401 invalid_token, and nothing is recorded', async () => {
    const real = await partyWithKey({ kinds: ['producer'] });
    const unknown = mintApiKey().token;
    const wrongSecret = `tmg_${real.keyId}_${mintApiKey().secret}`;
    for (const authorization of ['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer not-a-key', `Bearer ${real.apiKey}x`, `Bearer ${unknown}`, `Bearer ${wrongSecret}`]) {
      const lotId = unique('BADKEY-');
      const response = await call('POST', '/harvests', { Authorization: authorization }, harvestRequest(lotId));
      expect(response.headers.get('www-authenticate')).toContain('error="invalid_token"');
      await expectUnauthenticated(response, lotId);
    }
  });

  it('GET /api-keys/me tells a key which party and roles it records as; a dead key gets 401', async () => {
    const device = await partyWithKey({ kinds: ['producer'], operatesPlaceIds: ['apiary:me-1'] }, { deviceId: 'device:me-phone' });
    const me = await call('GET', '/api-keys/me', device.headers);
    expect(me.status).toBe(200);
    expect(await jsonOf(me)).toEqual({
      partyId: device.partyId,
      keyId: device.keyId,
      deviceId: 'device:me-phone',
      roles: ['producer'],
      operatesPlaceIds: ['apiary:me-1'],
    });
    expect((await call('GET', '/api-keys/me', bearer(`tmg_${device.keyId}_${'x'.repeat(43)}`))).status).toBe(401);
  });

  it('health and the OpenAPI documents stay public', async () => {
    expect((await call('GET', '/health')).status).toBe(200);
    expect((await call('GET', '/docs-json')).status).toBe(200);
  });

  it('the actor of an event is the key\'s party; a body cannot name another actor', async () => {
    const producer = await partyWithKey({ kinds: ['producer'] });
    const lotId = unique('ACT-');
    const claimed = await call('POST', '/harvests', producer.headers, { ...harvestBy(producer, lotId), actorId: 'admin:ovop-association' });
    expect(claimed.status).toBe(422);
    expect((await jsonOf(claimed)).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'actorId', rule: 'known-field' })]));
    expect(await eventsOf(lotId)).toEqual([]);

    const recorded = await call('POST', '/harvests', producer.headers, harvestBy(producer, lotId));
    expect(recorded.status).toBe(201);
    expect(await eventsOf(lotId)).toEqual([expect.objectContaining({ type: 'lot.harvested', actor_id: producer.partyId })]);

    // A village group's field phone records a member's harvest: the body names the member as
    // producer, the event names the group, whose key sent it.
    const group = await partyWithKey({ kinds: ['producer'] }, { deviceId: 'device:group-phone-1' });
    const member = await partyWithKey({ kinds: ['producer'], memberOfIds: [group.partyId] });
    const forMember = unique('GRP-');
    expect((await call('POST', '/harvests', group.headers, harvestBy(member, forMember))).status).toBe(201);
    const { rows } = await running.pool.query("SELECT actor_id, data->>'producerId' AS producer FROM event_store.events WHERE stream_id = $1", [forMember]);
    expect(rows).toEqual([{ actor_id: group.partyId, producer: member.partyId }]);

    const admin = await adminKey();
    const issued = await jsonOf(await call('POST', '/api-keys', admin.headers, { partyId: producer.partyId, label: 'second-phone' }));
    expect(await eventsOf(streamIdOf.apiKey(issued.keyId))).toEqual([{ type: 'api-key.issued', actor_id: admin.partyId }]);
  });

  it('an Idempotency-Key belongs to the key\'s party: another party may use the same one', async () => {
    const [first, second] = [await partyWithKey({ kinds: ['producer'] }), await partyWithKey({ kinds: ['producer'] })];
    const idempotency = unique('shared-');
    const [a, b] = [unique('IDA-'), unique('IDB-')];
    const byFirst = await call('POST', '/harvests', { ...first.headers, 'Idempotency-Key': idempotency }, harvestBy(first, a));
    const bySecond = await call('POST', '/harvests', { ...second.headers, 'Idempotency-Key': idempotency }, harvestBy(second, b));
    expect([byFirst.status, bySecond.status]).toEqual([201, 201]);
    expect(bySecond.headers.get('idempotent-replayed')).toBe('false');
    expect(await eventsOf(b)).toEqual([expect.objectContaining({ actor_id: second.partyId })]);
  });

  it('a valid key without the role: 403 naming the role needed and the roles held', async () => {
    const producer = await partyWithKey({ kinds: ['producer', 'exporter'] });
    for (const [method, path, body] of [
      ['POST', '/api-keys', { partyId: producer.partyId, label: 'self-service' }],
      ['GET', `/api-keys?partyId=${producer.partyId}`, undefined],
      ['POST', `/api-keys/${producer.keyId}/revoke`, { reason: 'lost' }],
    ] as const) {
      const response = await call(method, path, producer.headers, body);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await jsonOf(response);
      expect(problem.code).toBe('ACCESS.ROLE_REQUIRED');
      expect(problem.errors[0]).toMatchObject({ field: 'Authorization', rule: 'role', required: ['admin'], held: ['exporter', 'producer'] });
    }
    expect((await jsonOf(await call('GET', `/api-keys?partyId=${producer.partyId}`, (await adminKey()).headers))).apiKeys).toHaveLength(1);
  });

  it('issuing shows the key once; listing never shows a secret; the database holds no secret', async () => {
    const admin = await adminKey();
    const { partyId } = await partyWithKey({ kinds: ['shop'], operatesPlaceIds: ['shop:ovop-bishkek'] });
    const response = await call('POST', '/api-keys', admin.headers, { partyId, label: 'shop-till-1', deviceId: 'device:till-1' });
    expect(response.status).toBe(201);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const issued = await jsonOf(response);
    expect(issued).toMatchObject({ partyId, label: 'shop-till-1', deviceId: 'device:till-1', apiKey: expect.stringMatching(/^tmg_[0-9a-z]{16}_[A-Za-z0-9_-]{43}$/) });
    const secret = issued.apiKey.split('_').slice(2).join('_');

    // The new key authenticates its party (a shop may not list keys: 403, not 401).
    expect((await call('GET', '/api-keys', bearer(issued.apiKey))).status).toBe(403);

    const listed = await call('GET', `/api-keys?partyId=${encodeURIComponent(partyId)}`, admin.headers);
    expect(listed.status).toBe(200);
    const text = await listed.text();
    const { apiKeys } = JSON.parse(text);
    expect(apiKeys.map((k: { keyId: string }) => k.keyId).sort()).toEqual(expect.arrayContaining([issued.keyId]));
    expect(apiKeys.find((k: { keyId: string }) => k.keyId === issued.keyId)).toEqual({
      keyId: issued.keyId,
      partyId,
      deviceId: 'device:till-1',
      label: 'shop-till-1',
      issuedAt: issued.issuedAt,
      status: 'active',
    });
    const hash = hashApiKeySecret(secret);
    for (const leak of [secret, hash.toString('hex'), hash.toString('base64')]) expect(text).not.toContain(leak);

    // Every row of every table, as text: the secret appears nowhere; the hash only in its own table.
    const { rows: tables } = await running.pool.query<{ name: string }>(
      `SELECT format('%I.%I', table_schema, table_name) AS name FROM information_schema.tables
        WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    for (const { name } of tables) {
      const { rows } = await running.pool.query(`SELECT count(*)::int AS n FROM ${name} AS t WHERE strpos(t::text, $1) > 0`, [secret]);
      expect({ table: name, rowsWithTheSecret: rows[0].n }).toEqual({ table: name, rowsWithTheSecret: 0 });
    }
    const { rows } = await running.pool.query('SELECT secret_sha256 FROM access.api_key_hashes WHERE key_id = $1', [issued.keyId]);
    expect(rows[0].secret_sha256.equals(hash)).toBe(true);
  });

  it('issuing refuses an Idempotency-Key (the answer cannot be replayed) and an unregistered party', async () => {
    const admin = await adminKey();
    const before = await running.pool.query('SELECT count(*)::int AS n FROM access.api_key_hashes');
    const withKey = await call('POST', '/api-keys', { ...admin.headers, 'Idempotency-Key': unique('k-') }, { partyId: admin.partyId, label: 'spare' });
    expect(withKey.status).toBe(422);
    expect((await jsonOf(withKey)).errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'not-accepted' });
    const nobody = await call('POST', '/api-keys', admin.headers, { partyId: 'producer:nobody-here', label: 'phone' });
    expect(nobody.status).toBe(422);
    expect((await jsonOf(nobody)).errors[0]).toMatchObject({ field: 'partyId', rule: 'registered-party' });
    expect((await running.pool.query('SELECT count(*)::int AS n FROM access.api_key_hashes')).rows[0].n).toBe(before.rows[0].n);
  });

  it('a key revoked here is refused at once; revoking again is a 409; an unknown key a 404', async () => {
    const admin = await adminKey();
    const producer = await partyWithKey({ kinds: ['producer'] });
    const lot = () => harvestBy(producer, unique('REV-'));
    expect((await call('POST', '/harvests', producer.headers, lot())).status).toBe(201); // now cached as verified

    const revoked = await call('POST', `/api-keys/${producer.keyId}/revoke`, admin.headers, { reason: 'lost' });
    expect(revoked.status).toBe(200);
    expect(await jsonOf(revoked)).toMatchObject({ keyId: producer.keyId, reason: 'lost' });
    const refused = lot();
    await expectUnauthenticated(await call('POST', '/harvests', producer.headers, refused), refused.lotId);

    const again = await call('POST', `/api-keys/${producer.keyId}/revoke`, admin.headers, { reason: 'compromised' });
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).errors[0]).toMatchObject({ field: 'keyId', rule: 'not-revoked', reason: 'lost' });
    expect((await call('POST', `/api-keys/${mintApiKey().keyId}/revoke`, admin.headers, { reason: 'lost' })).status).toBe(404);
    expect((await call('POST', '/api-keys/NOT-A-KEY/revoke', admin.headers, { reason: 'lost' })).status).toBe(400);
    const listed = (await jsonOf(await call('GET', `/api-keys?partyId=${producer.partyId}`, admin.headers))).apiKeys;
    expect(listed).toEqual([expect.objectContaining({ keyId: producer.keyId, status: 'revoked', reason: 'lost' })]);
  });

  it(`a key revoked elsewhere (another capture process, the command line) is refused within ${VERIFIED_KEY_TTL_MS} ms`, async () => {
    const { partyId: adminId } = await adminKey();
    const producer = await partyWithKey({ kinds: ['producer'] });
    const lot = () => harvestBy(producer, unique('ELS-'));
    expect((await call('POST', '/harvests', producer.headers, lot())).status).toBe(201); // cached as verified

    // What another capture process's revoke handler does, bypassing this process's cache.
    const eventStore = new PostgresEventStore(running.pool);
    const key = await loadApiKey(eventStore, producer.keyId);
    const admin = { partyId: adminId, version: 1, kinds: ['admin' as const], memberOfIds: [], operatesPlaceIds: [] };
    const [event] = decideRevokeApiKey({ keyId: producer.keyId, reason: 'compromised' }, key.state, masterDataLookupOf({ parties: [admin] }), { now: new Date(), actorId: adminId });
    await eventStore.append([{ streamId: streamIdOf.apiKey(producer.keyId), expectedVersion: key.version, events: [{ ...event, eventId: randomUUID(), occurredAt: event.data.revokedAt }] }], {
      actorId: adminId,
      metadata: {},
      respond: () => ({ status: 200, body: null }),
      inTransaction: (client) => destroyApiKeyHash(client, producer.keyId),
    });
    const revokedAt = Date.now();
    let status = 201;
    while (status !== 401 && Date.now() - revokedAt < VERIFIED_KEY_TTL_MS + 2_000) {
      status = (await call('POST', '/harvests', producer.headers, lot())).status;
      if (status !== 401) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(status).toBe(401);
    expect(Date.now() - revokedAt).toBeLessThanOrEqual(VERIFIED_KEY_TTL_MS + 1_000);
  }, 20_000);

  it('a key whose party is not registered authenticates no one', async () => {
    // Only possible by writing around the rules (decide refuses it): the guard must not trust the key anyway.
    const { partyId: adminId } = await adminKey();
    const minted = mintApiKey();
    const eventStore = new PostgresEventStore(running.pool);
    const data = { keyId: minted.keyId, partyId: `producer:gone-${minted.keyId}`, label: 'orphan', issuedAt: new Date().toISOString() };
    await eventStore.append([{ streamId: streamIdOf.apiKey(minted.keyId), expectedVersion: 0, events: [{ type: 'api-key.issued', schemaVersion: 1, data, eventId: randomUUID(), occurredAt: data.issuedAt }] }], {
      actorId: adminId,
      metadata: {},
      respond: () => ({ status: 201, body: null }),
      inTransaction: (client) => storeApiKeyHash(client, minted.keyId, data.partyId, hashApiKeySecret(minted.secret)),
    });
    const lotId = unique('GONE-');
    await expectUnauthenticated(await call('POST', '/harvests', bearer(minted.token), harvestRequest(lotId)), lotId);
  });
});

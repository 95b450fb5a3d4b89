import { harvestRequest as harvest } from '../fixtures/harvest-request';
import { useRunningTamga } from '../support/use-running-tamga';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';
import { TestKey, partyWithKey } from '../support/test-keys';
import { ensureBarskoonMasterData } from '../fixtures/barskoon-master-data';


describe('record a harvest over HTTP and read it back through Kafka and the read models', () => {
  const running = useRunningTamga();
  // The fixture's producer records its own harvests, with its own key.
  let producer: TestKey;
  beforeAll(async () => {
    await ensureBarskoonMasterData();
    producer = await partyWithKey({ partyId: 'producer:nurlan-barskoon', kinds: ['producer'] });
  });

  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${running.tamga.captureUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...producer.headers, ...headers },
      body: JSON.stringify(body),
    });

  it('a recorded harvest appears in the provenance API with its event history', async () => {
    const lotId = unique('BSK-');
    const started = Date.now();
    const response = await post('/harvests', harvest(lotId));
    expect(response.status).toBe(201);
    const { recorded } = await jsonOf(response);
    expect(recorded).toEqual([expect.objectContaining({ lotId, type: 'lot.harvested', version: 1 })]);

    const lot = await eventually(async () => {
      const read = await fetch(`${running.tamga.provenanceUrl}/lots/${lotId}`);
      return read.status === 200 ? jsonOf(read) : undefined;
    }, 10_000, 'the lot in the read model');
    const visibleAfterMs = Date.now() - started;
    console.log(`harvest visible through the provenance API after ${visibleAfterMs} ms`);
    expect(lot).toMatchObject({
      lotId,
      productId: 'product:white-sainfoin-honey',
      status: 'active',
      origin: {
        villageId: 'village:barskoon',
        producerId: 'producer:nurlan-barskoon',
        harvested: { amount: 240, unit: 'KGM', at: '2026-07-20T00:45:00.000Z' },
        location: { latitude: 42.152, longitude: 77.601 },
      },
      onHand: { amount: 240, unit: 'KGM' },
      custodians: [{ partyId: 'producer:nurlan-barskoon', placeId: 'village:barskoon', amount: 240 }],
      openFlags: [],
      version: 1,
    });
    expect(lot.events).toHaveLength(1);
    expect(lot.events[0]).toMatchObject({ eventId: recorded[0].eventId, type: 'lot.harvested', version: 1 });
  }, 30_000);

  it('a retried command with the same Idempotency-Key records one event and answers the same', async () => {
    const lotId = unique('TMG-');
    const key = unique('retry-');
    const first = await post('/harvests', harvest(lotId), { 'Idempotency-Key': key });
    const retry = await post('/harvests', harvest(lotId), { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    expect(retry.status).toBe(201);
    expect(await jsonOf(retry)).toEqual(await jsonOf(first));
    expect(first.headers.get('idempotent-replayed')).toBe('false');
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [lotId]);
    expect(rows[0].n).toBe(1);
  });

  it('concurrent retries of one command all get the first answer, and one event is recorded', async () => {
    const lotId = unique('JOZ-');
    const key = unique('retry-');
    const responses = await Promise.all(Array.from({ length: 6 }, () => post('/harvests', harvest(lotId), { 'Idempotency-Key': key })));
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const bodies = await Promise.all(responses.map((r) => jsonOf(r)));
    expect(bodies.slice(1)).toEqual(bodies.slice(0, -1)); // the same answer, whatever its key order
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [lotId]);
    expect(rows[0].n).toBe(1);
  });

  it('a batch naming a lot that exists is refused as a whole, naming that harvest', async () => {
    const taken = unique('TKN-');
    expect((await post('/harvests', harvest(taken))).status).toBe(201);
    const fresh = unique('NEW-');
    const response = await post('/harvests/batch', { harvests: [harvest(fresh), harvest(taken)] });
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).errors[0]).toMatchObject({ field: 'harvests[1].lotId', rule: 'new-lot' });
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [fresh]);
    expect(rows[0].n).toBe(0);
  });

  it('a retry without a lot id gets the lot id generated the first time, not a new lot', async () => {
    const key = unique('retry-');
    const { lotId: _none, ...withoutLotId } = harvest('unused');
    const first = await jsonOf(await post('/harvests', withoutLotId, { 'Idempotency-Key': key }));
    const retry = await jsonOf(await post('/harvests', withoutLotId, { 'Idempotency-Key': key }));
    expect(first.recorded[0].lotId).toMatch(/^L[0-9A-Z]{12}$/);
    expect(retry).toEqual(first);
  });

  it('two concurrent harvests under one lot id: one is recorded, the other is a 409 conflict', async () => {
    const lotId = unique('TSR-');
    const responses = await Promise.all([post('/harvests', harvest(lotId)), post('/harvests', harvest(lotId))]);
    expect(responses.map((r) => r.status).sort()).toEqual([201, 409]);
    const conflict = responses.find((r) => r.status === 409)!;
    expect(conflict.headers.get('content-type')).toContain('application/problem+json');
    const problem = await jsonOf(conflict);
    expect(['STREAM.VERSION_CONFLICT', 'LOT.ALREADY_EXISTS']).toContain(problem.code);
    expect(problem.errors[0].field).toMatch(/lotId|expectedVersion/);
  });

  it('a batch is recorded all or nothing', async () => {
    const good = [harvest(unique('A-')), harvest(unique('B-'))];
    const bad = { ...harvest(unique('C-')), quantity: { amount: -1, unit: 'kg' } };
    const refused = await post('/harvests/batch', { harvests: [...good, bad] });
    expect(refused.status).toBe(422);
    expect((await jsonOf(refused)).errors[0]).toMatchObject({ field: 'harvests[2].quantity.amount', rule: 'positive' });
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = ANY($1)', [
      good.map((h) => h.lotId),
    ]);
    expect(rows[0].n).toBe(0);

    const accepted = await post('/harvests/batch', { harvests: good });
    expect(accepted.status).toBe(201);
    expect((await jsonOf(accepted)).recorded.map((r: { lotId: string }) => r.lotId)).toEqual(good.map((h) => h.lotId));
  });

  it('serves health and OpenAPI documents on both APIs', async () => {
    for (const base of [running.tamga.captureUrl, running.tamga.provenanceUrl]) {
      expect((await fetch(`${base}/health`)).status).toBe(200);
      const docs = await jsonOf(await fetch(`${base}/docs-json`));
      expect(docs.openapi).toMatch(/^3\./);
      expect((await fetch(`${base}/docs`)).status).toBe(200);
    }
    const capture = await jsonOf(await fetch(`${running.tamga.captureUrl}/docs-json`));
    expect(Object.keys(capture.paths)).toEqual(
      expect.arrayContaining(['/harvests', '/harvests/batch', '/transformations', '/shipments/{shipmentId}/receipts', '/lots/{lotId}/holds', '/exports', '/lot-facts/batch', '/api-keys', '/places']),
    );
    expect(capture.components.securitySchemes).toHaveProperty('bearer');
  });

  it('an unknown lot is a 404 problem', async () => {
    const response = await fetch(`${running.tamga.provenanceUrl}/lots/${unique('NOPE-')}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(await jsonOf(response)).toMatchObject({ status: 404, code: 'LOT.NOT_FOUND' });
  });
});

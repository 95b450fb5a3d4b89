import { TestKey, partyWithKey, releaseTestKeys } from '../support/test-keys';
import { jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

/**
 * Bad input on every lot-fact endpoint: a 4xx problem+json naming the field and the rule, never a
 * 500, and nothing written. The bodies are the mistakes clients make: missing fields, wrong types,
 * nulls inside lists, unknown fields, impossible numbers and times.
 */
describe('lot facts refuse bad input clearly and write nothing (HTTP)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let key: TestKey;
  beforeAll(async () => {
    key = await partyWithKey({ kinds: ['producer', 'processor', 'shop', 'exporter', 'lab', 'inspector'] });
  });

  const post = (path: string, body: unknown) =>
    fetch(`${running.tamga.captureUrl}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...key.headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n;

  const lot = 'BAD-1';
  const endpoints = [
    '/transformations',
    '/splits',
    '/merges',
    `/lots/${lot}/packings`,
    '/shipments',
    '/shipments/S-1/receipts',
    `/lots/${lot}/inspections`,
    `/lots/${lot}/certifications`,
    `/lots/${lot}/certifications/C-1/revocation`,
    `/lots/${lot}/certifications/C-1/expiry`,
    `/lots/${lot}/holds`,
    `/lots/${lot}/holds/H-1/release`,
    `/lots/${lot}/recalls`,
    `/lots/${lot}/sales`,
    '/exports',
    `/lots/${lot}/corrections`,
    `/lots/${lot}/retractions`,
    '/lot-facts/batch',
  ];
  const garbage: [string, unknown][] = [
    ['an empty object', {}],
    ['an unknown field', { teleportTo: 'Mars' }],
    ['a list for a body', [1, 2, 3]],
    ['nulls everywhere', { lots: [null], inputs: null, outputs: [null], results: [null], serials: [null], quantity: null, facts: [null] }],
    ['wrong types', { lots: 'all', inputs: {}, quantity: { amount: '12', unit: 3 }, shippedAt: 20260801, reason: 42, facts: 'x' }],
  ];

  it.each(endpoints.flatMap((path) => garbage.map(([what, body]) => [path, what, body] as const)))(
    'POST %s with %s: 4xx problem naming field and rule, nothing written',
    async (path, _what, body) => {
      const before = await eventCount();
      const response = await post(path, body);
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await jsonOf(response);
      expect(problem.errors.length).toBeGreaterThan(0);
      for (const error of problem.errors) {
        expect(error).toEqual(expect.objectContaining({ field: expect.any(String), rule: expect.any(String) }));
      }
      expect(await eventCount()).toBe(before);
    },
  );

  it.each([
    ['/transformations', { process: 'alchemy', placeId: 'workshop:x', inputs: [{ lotId: 'A-1', quantity: { amount: 1, unit: 'kg' } }], outputs: [{ lotId: 'B-1', productId: 'product:x', quantity: { amount: 1, unit: 'kg' } }], transformedAt: '2026-08-01T10:00:00+06:00' }, 422, 'process', 'is-in'],
    ['/shipments', { fromPlaceId: 'apiary:nowhere', to: { partyId: 'shop:x', placeId: 'shop:x' }, lots: [{ lotId: 'A-1', quantity: { amount: 5, unit: 'kg' } }], shippedAt: '2026-08-01T10:00:00+06:00' }, 422, 'fromPlaceId', 'registered-place'],
    ['/shipments', { fromPlaceId: 'apiary:x', to: { partyId: 'shop:x', placeId: 'shop:x' }, lots: [{ lotId: 'A-1', quantity: { amount: 5, unit: 'kg' } }], shippedAt: '1 August' }, 422, 'shippedAt', 'matches'],
    [`/lots/${lot}/holds`, { reason: 'check', heldAt: '2026-08-01T10:00:00+06:00' }, 404, 'lotId', 'recorded-lot'],
    [`/lots/${lot}/inspections`, { results: [{ parameter: 'moisture', value: 'wet', unit: '%' }], inspectedAt: '2026-08-01T10:00:00+06:00' }, 422, 'results[0].value', 'is-number'],
    [`/lots/${lot}/corrections`, { correctsEventId: 'the-harvest', reason: 'typo', quantity: { amount: 1, unit: 'kg' }, correctedAt: '2026-08-01T10:00:00+06:00' }, 422, 'correctsEventId', 'is-uuid'],
    ['/exports', { fromPlaceId: 'warehouse:nowhere', lots: [{ lotId: 'A-1', quantity: { amount: 5, unit: 'kg' } }], destinationCountry: 'JP', buyer: { name: 'B', country: 'JP' }, customsDeclaration: 'CD', certificateOfOrigin: 'CO', hsCode: '0409', exportedAt: '2026-08-01T10:00:00+06:00' }, 422, 'fromPlaceId', 'registered-place'],
  ])('POST %s with a broken rule (case %#): the rule is named and nothing is written', async (path, body, status, field, rule) => {
    const before = await eventCount();
    const response = await post(path, body);
    expect(response.status).toBe(status);
    const problem = await jsonOf(response);
    expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
    expect(await eventCount()).toBe(before);
  });

  it('an unknown lot in a path is a 404 naming the lot, not a 500', async () => {
    const response = await post(`/lots/${unique('NONE-')}/sales`, { shopPlaceId: 'shop:x', quantity: { amount: 1, unit: 'kg' }, soldAt: '2026-08-01T10:00:00+06:00' });
    expect([403, 404]).toContain(response.status);
    expect((await jsonOf(response)).errors[0].rule).toMatch(/recorded-lot|operated-place|registered-place/);
  });
});

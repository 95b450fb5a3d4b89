import { callWith } from '../../support/master-data-api';
import { TestKey, adminKey, bearer, partyWithKey, releaseTestKeys } from '../../support/test-keys';
import { eventually, jsonOf, unique } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';

/** Every inspector route, with a lot code that is well formed but never recorded. */
const ROUTES = (lotId: string) => [
  `/lots/${lotId}/audit`,
  `/lots/${lotId}/trace/back`,
  `/lots/${lotId}/trace/forward`,
  `/lots/${lotId}/balance`,
  `/lots/${lotId}/trace.csv`,
  '/facilities/workshop:karakol/balance',
  '/flags',
  '/events.csv?from=2026-09-01&to=2026-09-30',
];

/**
 * Who may read the inspector's routes, and what a client's mistake gets: always problem+json
 * naming the field and the rule (400 for an address no lot could have, 404 for one not recorded,
 * 422 for a bad query), never a 500.
 */
describe('inspectors: keys and bad input (HTTP)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let inspector: TestKey;
  const get = (path: string, key?: TestKey | string) =>
    callWith(() => running.tamga.provenanceUrl, () => (key === undefined ? {} : typeof key === 'string' ? bearer(key) : key.headers))('GET', path);
  const problemOf = async (response: Response) => {
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    return jsonOf(response);
  };

  beforeAll(async () => {
    inspector = await partyWithKey({ kinds: ['inspector'] });
  }, 30_000);

  it('without a key every route is a 401 with a Bearer challenge; a producer\'s key is a 403 naming the roles', async () => {
    const producer = await partyWithKey({ kinds: ['producer'] });
    for (const path of ROUTES('TMG-NEVER-1')) {
      const anonymous = await get(path);
      expect([path, anonymous.status]).toEqual([path, 401]);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer realm="tamga"');
      expect((await problemOf(anonymous)).errors[0]).toMatchObject({ field: 'Authorization', rule: 'api-key-required' });
      const wrongRole = await get(path, producer);
      expect([path, wrongRole.status]).toEqual([path, 403]);
      expect((await problemOf(wrongRole)).errors[0]).toMatchObject({ rule: 'role', required: ['inspector', 'admin'], held: ['producer'] });
    }
    expect((await get('/lots/TMG-NEVER-1/audit', 'tmg_notakey')).status).toBe(401);
  });

  it('an admin\'s key reads them too', async () => {
    expect((await get('/flags', await adminKey())).status).toBe(200);
  });

  it('a malformed lot code is a 400 naming lotId; a lot never recorded a 404', async () => {
    for (const path of ROUTES('not%20a%20lot!').slice(0, 5)) {
      const response = await get(path, inspector);
      expect([path, response.status]).toEqual([path, 400]);
      expect((await problemOf(response)).errors[0]).toMatchObject({ field: 'lotId', rule: 'gs1-lot-code' });
    }
    for (const path of ROUTES(unique('NONE-')).slice(0, 5)) {
      const response = await get(path, inspector);
      expect([path, response.status]).toEqual([path, 404]);
      expect(await problemOf(response)).toMatchObject({ code: 'LOT.NOT_FOUND', errors: [{ field: 'lotId', rule: 'recorded-lot' }] });
    }
  });

  it('a malformed place id is a 400, a place neither registered nor used a 404', async () => {
    const malformed = await get('/facilities/Not%20A%20Place/balance', inspector);
    expect(malformed.status).toBe(400);
    expect((await problemOf(malformed)).errors[0]).toMatchObject({ field: 'placeId' });
    const unknown = await get(`/facilities/workshop:${unique('nowhere-')}/balance`, inspector);
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).errors[0]).toMatchObject({ field: 'placeId', rule: 'registered' });
  });

  it.each([
    ['/lots/TMG-1/trace/back?maxDepth=0', 'maxDepth'],
    ['/lots/TMG-1/trace/forward?maxDepth=65', 'maxDepth'],
    ['/lots/TMG-1/trace.csv?maxDepth=deep', 'maxDepth'],
    ['/flags?kind=rumour', 'kind'],
    ['/flags?limit=0', 'limit'],
    ['/flags?format=xlsx', 'format'],
  ])('%s is a 422 naming %s', async (path, field) => {
    const response = await get(path, inspector);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it.each([
    ['', 'from', 'required'],
    ['?from=2026-09-01', 'to', 'required'],
    ['?from=2026-02-30&to=2026-03-31', 'from', 'iso-8601-date'],
    ['?from=2026-09-01&to=next%20week', 'to', 'iso-8601'],
    ['?from=2026-09-10&to=2026-09-01', 'to', 'after-from'],
    ['?from=2025-01-01&to=2026-09-01', 'to', 'max-range'],
  ])('/events.csv%s is a 422 naming %s and the rule %s', async (query, field, rule) => {
    const response = await get(`/events.csv${query}`, inspector);
    expect(response.status).toBe(422);
    expect((await problemOf(response)).errors[0]).toMatchObject({ field, rule });
  });

  it('a key revoked on the capture API stops working here within the verifier\'s cache time', async () => {
    const key = await partyWithKey({ kinds: ['inspector'] });
    expect((await get('/flags', key)).status).toBe(200);
    const admin = await adminKey();
    const revoked = await callWith(() => running.tamga.captureUrl, () => admin.headers)('POST', `/api-keys/${key.keyId}/revoke`, { reason: 'lost' });
    expect(revoked.status).toBe(200);
    await eventually(async () => ((await get('/flags', key)).status === 401 ? true : undefined), 10_000, 'the revoked key refused');
  }, 20_000);

  it('the OpenAPI document lists every inspector route with the bearer scheme', async () => {
    const { paths } = await jsonOf(await fetch(`${running.tamga.provenanceUrl}/docs-json`));
    for (const path of ['/lots/{lotId}/audit', '/lots/{lotId}/trace/back', '/lots/{lotId}/trace/forward', '/lots/{lotId}/balance', '/lots/{lotId}/trace.csv', '/facilities/{placeId}/balance', '/flags', '/events.csv']) {
      expect([path, paths[path]?.get?.security]).toEqual([path, [{ bearer: [] }]]);
    }
  });
});

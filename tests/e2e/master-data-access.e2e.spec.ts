import { districtRequest, honeyRequest, producerRequest, regionRequest, villageRequest } from '../fixtures/master-data-requests';
import { callWith } from '../support/master-data-api';
import { TestKey, adminKey, partyWithKey, releaseTestKeys } from '../support/test-keys';
import { jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

/** Every master-data write, and the admin-only read of personal details, with a body that an admin could send. */
function routes(ids: { region: string; district: string; village: string; producer: string }) {
  const { placeId: _p, ...villageFields } = villageRequest(ids.village, ids.district);
  const { productId: _q, ...honeyFields } = honeyRequest('product:x');
  return [
    ['POST', '/places', villageRequest(unique('village:'), ids.district)],
    ['PUT', `/places/${ids.village}`, { ...villageFields, expectedVersion: 1 }],
    ['POST', '/products', honeyRequest(unique('product:'))],
    ['PUT', `/products/${unique('product:')}`, { ...honeyFields, expectedVersion: 1 }],
    ['POST', '/parties', producerRequest(unique('producer:'))],
    ['PUT', `/parties/${ids.producer}`, { kinds: ['producer', 'exporter'], expectedVersion: 1 }],
    ['POST', '/schemes', { schemeId: unique('scheme:'), kind: 'halal', names: { ky: 'Халал', ru: 'Халяль', en: 'Halal' }, issuerPartyId: 'certifier:x' }],
    ['PUT', `/schemes/${unique('scheme:')}`, { kind: 'halal', names: { ky: 'Халал', ru: 'Халяль', en: 'Halal' }, issuerPartyId: 'certifier:x', expectedVersion: 1 }],
    ['POST', `/villages/${ids.village}/specialisations`, { productId: 'product:x', since: '2023-03-03' }],
    ['PUT', `/parties/${ids.producer}/personal-details`, { personName: 'Асель' }],
    ['DELETE', `/parties/${ids.producer}/personal-details`, undefined],
    ['GET', `/parties/${ids.producer}/personal-details`, undefined],
  ] as const;
}

describe('master data: only an admin writes it or reads personal details', () => {
  const running = useRunningTamga();
  // The key helper's pool would otherwise still be connected when the run's database is dropped.
  afterAll(() => releaseTestKeys());
  const ids = { region: unique('region:'), district: unique('district:'), village: unique('village:'), producer: unique('producer:') };
  let producer: TestKey;

  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;
  const detailsRows = async () => (await running.pool.query('SELECT count(*)::int AS n FROM master_data.party_personal_details WHERE party_id = $1', [ids.producer])).rows[0].n as number;

  beforeAll(async () => {
    const adminHeaders = { ...(await adminKey()).headers };
    const admin = callWith(() => running.tamga.captureUrl, () => adminHeaders);
    for (const [path, body] of [
      ['/places', regionRequest(ids.region)],
      ['/places', districtRequest(ids.district, ids.region)],
      ['/places', villageRequest(ids.village, ids.district)],
    ] as const) expect((await admin('POST', path, body)).status).toBe(201);
    producer = await partyWithKey({ partyId: ids.producer, kinds: ['producer'] });
    expect((await admin('PUT', `/parties/${ids.producer}/personal-details`, { personName: 'Асель Токтогулова' })).status).toBe(200);
  });

  it.each(routes(ids).map(([method, path, body]) => [method, path, body] as const))(
    '%s %s without a key: 401 problem with a Bearer challenge, nothing written',
    async (method, path, body) => {
      const [events, rows] = [await eventCount(), await detailsRows()];
      const response = await callWith(() => running.tamga.captureUrl)(method, path, body);
      expect(response.status).toBe(401);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(await eventCount()).toBe(events);
      expect(await detailsRows()).toBe(rows);
    },
  );

  it.each(routes(ids).map(([method, path, body]) => [method, path, body] as const))(
    '%s %s with a producer\'s key: 403 naming the admin role, nothing written',
    async (method, path, body) => {
      const [events, rows] = [await eventCount(), await detailsRows()];
      const response = await callWith(() => running.tamga.captureUrl, () => ({ ...producer.headers }))(method, path, body);
      expect(response.status).toBe(403);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await jsonOf(response);
      expect(problem.errors[0]).toMatchObject({ field: 'Authorization', rule: 'role', required: ['admin'], held: ['producer'] });
      expect(await eventCount()).toBe(events);
      expect(await detailsRows()).toBe(rows);
    },
  );

  it('the actor of a master-data event is the admin whose key sent it, never a field of the body', async () => {
    const admin = await adminKey();
    const product = unique('product:');
    const response = await callWith(() => running.tamga.captureUrl, () => ({ ...admin.headers }))('POST', '/products', honeyRequest(product));
    expect(response.status).toBe(201);
    const { rows } = await running.pool.query('SELECT actor_id FROM event_store.events WHERE stream_id = $1', [`product/${product}`]);
    expect(rows).toEqual([{ actor_id: admin.partyId }]);
  });
});

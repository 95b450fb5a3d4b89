import { demoGln, demoGtin13 } from '#tamga/domain';
import {
  apiaryRequest,
  certifierRequest,
  districtRequest,
  honeyRequest,
  producerRequest,
  regionRequest,
  regionalBrandRequest,
  villageRequest,
} from '../fixtures/master-data-requests';
import { Call, callWith } from '../support/master-data-api';
import { adminKey, releaseTestKeys } from '../support/test-keys';
import { jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

/** The records every case may refer to, registered once for this file. */
interface World {
  region: string;
  district: string;
  village: string;
  apiary: string;
  product: string;
  producer: string;
  certifier: string;
}

type Body = Record<string, unknown>;
interface Case {
  readonly name: string;
  readonly method: 'POST' | 'PUT';
  readonly path: (w: World) => string;
  readonly body: (w: World) => Body | string;
  readonly status: number;
  readonly field: string;
  readonly rule: string;
}

const without = (body: Body, key: string): Body => Object.fromEntries(Object.entries(body).filter(([k]) => k !== key));
const fresh = (prefix: string) => unique(prefix);
/** A GS1 key with its check digit off by one. */
const wrongCheckDigit = (key: string) => `${key.slice(0, -1)}${(Number(key.slice(-1)) + 1) % 10}`;
const village = (w: World, change: Body = {}): Body => ({ ...villageRequest(fresh('village:'), w.district), ...change });
const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
const square = [[77.5, 42.1], [77.6, 42.1], [77.6, 42.2], [77.5, 42.2], [77.5, 42.1]];
const placeFields = (w: World): Body => without(villageRequest(w.village, w.district), 'placeId');
const product = (change: Body = {}): Body => ({ ...honeyRequest(fresh('product:')), ...change });
const bound = (change: Body = {}) => ({ process: 'extraction', inputProductIds: ['product:comb-honey'], min: 0.6, max: 0.85, ...change });

const POST_PLACES: Case[] = [
  { name: 'malformed JSON', method: 'POST', path: () => '/places', body: () => '{"placeId": ', status: 400, field: 'body', rule: 'valid-json' },
  { name: 'a missing place id', method: 'POST', path: () => '/places', body: (w) => without(village(w), 'placeId'), status: 422, field: 'placeId', rule: 'is-string' },
  { name: 'a place id that is no identifier', method: 'POST', path: () => '/places', body: (w) => village(w, { placeId: 'Tamga Village!' }), status: 422, field: 'placeId', rule: 'reference-id' },
  { name: 'an unknown kind of place', method: 'POST', path: () => '/places', body: (w) => village(w, { kind: 'castle' }), status: 422, field: 'kind', rule: 'known-value' },
  { name: 'a GLN with a wrong check digit', method: 'POST', path: () => '/places', body: (w) => village(w, { gln: wrongCheckDigit(demoGln('12345', '0003')) }), status: 422, field: 'gln', rule: 'gs1-check-digit' },
  { name: 'a GLN sent as a number', method: 'POST', path: () => '/places', body: (w) => village(w, { gln: 4701234500013 }), status: 422, field: 'gln', rule: 'is-string' },
  { name: 'a GLN of 12 digits', method: 'POST', path: () => '/places', body: (w) => village(w, { gln: '470123450001' }), status: 422, field: 'gln', rule: 'gs1-key-length' },
  { name: 'names without English', method: 'POST', path: () => '/places', body: (w) => village(w, { names: { ky: 'Тамга', ru: 'Тамга' } }), status: 422, field: 'names.en', rule: 'is-string' },
  { name: 'a blank Kyrgyz name', method: 'POST', path: () => '/places', body: (w) => village(w, { names: { ky: '  ', ru: 'Тамга', en: 'Tamga' } }), status: 422, field: 'names.ky', rule: 'name-required' },
  { name: 'a name in an unknown language', method: 'POST', path: () => '/places', body: (w) => village(w, { names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga', de: 'Tamga' } }), status: 422, field: 'names.de', rule: 'known-field' },
  { name: 'a village without a parent', method: 'POST', path: () => '/places', body: (w) => without(village(w), 'parentId'), status: 422, field: 'parentId', rule: 'parent-required' },
  { name: 'a village in an unregistered district', method: 'POST', path: () => '/places', body: (w) => village(w, { parentId: fresh('district:nowhere-') }), status: 404, field: 'parentId', rule: 'registered' },
  { name: 'a village directly in a region', method: 'POST', path: () => '/places', body: (w) => village(w, { parentId: w.region }), status: 422, field: 'parentId', rule: 'parent-kind' },
  { name: 'a region with a parent', method: 'POST', path: () => '/places', body: (w) => ({ ...regionRequest(fresh('region:')), parentId: w.region }), status: 422, field: 'parentId', rule: 'no-parent' },
  { name: 'a point in Tokyo', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: { type: 'Point', coordinates: [139.69, 35.68] } }), status: 422, field: 'geometry.coordinates', rule: 'inside-kyrgyzstan' },
  { name: 'a point with latitude first', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: { type: 'Point', coordinates: [42.155, 77.551] } }), status: 422, field: 'geometry.coordinates', rule: 'longitude-latitude-order' },
  { name: 'a polygon ring that is not closed', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: polygon(square.slice(0, 4).concat([[77.55, 42.15]])) }), status: 422, field: 'geometry.coordinates[0]', rule: 'ring-closed' },
  { name: 'a polygon ring of three positions', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: polygon([square[0], square[1], square[0]]) }), status: 422, field: 'geometry.coordinates[0]', rule: 'ring-min-positions' },
  { name: 'a polygon that runs along a line', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: polygon([[77.5, 42.1], [77.6, 42.1], [77.7, 42.1], [77.5, 42.1]]) }), status: 422, field: 'geometry.coordinates[0]', rule: 'ring-not-degenerate' },
  { name: 'a polygon corner outside Kyrgyzstan', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: polygon([[77.5, 42.1], [77.6, 42.1], [77.6, 45.0], [77.5, 42.1]]) }), status: 422, field: 'geometry.coordinates[0][2]', rule: 'inside-kyrgyzstan' },
  { name: 'a LineString', method: 'POST', path: () => '/places', body: (w) => village(w, { geometry: { type: 'LineString', coordinates: [[77.5, 42.1], [77.6, 42.2]] } }), status: 422, field: 'geometry.type', rule: 'geojson-type' },
  { name: 'an unknown field', method: 'POST', path: () => '/places', body: (w) => village(w, { mayor: 'someone' }), status: 422, field: 'mayor', rule: 'known-field' },
];

const PUT_PLACES: Case[] = [
  { name: 'a path that is no place id', method: 'PUT', path: () => '/places/Bad%20Id', body: (w) => ({ ...placeFields(w), expectedVersion: 1 }), status: 400, field: 'placeId', rule: 'reference-id' },
  { name: 'a revision without expectedVersion', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => placeFields(w), status: 422, field: 'expectedVersion', rule: 'is-int' },
  { name: 'expectedVersion 0', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => ({ ...placeFields(w), expectedVersion: 0 }), status: 422, field: 'expectedVersion', rule: 'min' },
  { name: 'a revision of an unregistered place', method: 'PUT', path: () => `/places/${fresh('village:nowhere-')}`, body: (w) => ({ ...placeFields(w), expectedVersion: 1 }), status: 404, field: 'placeId', rule: 'registered' },
  { name: 'a revision from a version not reached', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => ({ ...placeFields(w), expectedVersion: 7 }), status: 409, field: 'expectedVersion', rule: 'expected-version' },
  { name: 'a revision that changes the kind', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => ({ ...placeFields(w), kind: 'town', expectedVersion: 1 }), status: 409, field: 'kind', rule: 'immutable' },
  { name: 'a revision that changes the GLN', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => ({ ...placeFields(w), gln: demoGln('12345', '0099'), expectedVersion: 1 }), status: 409, field: 'gln', rule: 'immutable' },
  { name: 'a revision naming the id in the body', method: 'PUT', path: (w) => `/places/${w.village}`, body: (w) => ({ ...placeFields(w), placeId: w.village, expectedVersion: 1 }), status: 422, field: 'placeId', rule: 'known-field' },
];

const PRODUCTS: Case[] = [
  { name: 'a GTIN with a wrong check digit', method: 'POST', path: () => '/products', body: () => product({ gtin: wrongCheckDigit(demoGtin13('12345', '0001')) }), status: 422, field: 'gtin', rule: 'gs1-check-digit' },
  { name: 'a GTIN of 11 digits', method: 'POST', path: () => '/products', body: () => product({ gtin: '47012345000' }), status: 422, field: 'gtin', rule: 'gs1-key-length' },
  { name: 'an unknown category', method: 'POST', path: () => '/products', body: () => product({ category: 'caviar' }), status: 422, field: 'category', rule: 'known-value' },
  { name: 'an unknown unit', method: 'POST', path: () => '/products', body: () => product({ unit: 'bushel' }), status: 422, field: 'unit', rule: 'known-unit' },
  { name: 'a yield bound whose min exceeds its max', method: 'POST', path: () => '/products', body: () => product({ yieldBounds: [bound({ min: 0.9, max: 0.8 })] }), status: 422, field: 'yieldBounds[0]', rule: 'yield-range' },
  { name: 'a yield bound of an unknown process', method: 'POST', path: () => '/products', body: () => product({ yieldBounds: [bound({ process: 'alchemy' })] }), status: 422, field: 'yieldBounds[0].process', rule: 'known-value' },
  { name: 'a yield bound without inputs', method: 'POST', path: () => '/products', body: () => product({ yieldBounds: [bound({ inputProductIds: [] })] }), status: 422, field: 'yieldBounds[0].inputProductIds', rule: 'at-least-one-input' },
  { name: 'a yield bound from an unregistered input', method: 'POST', path: () => '/products', body: () => product({ yieldBounds: [bound({ inputProductIds: [fresh('product:nothing-')] })] }), status: 422, field: 'yieldBounds[0].inputProductIds[0]', rule: 'registered' },
  { name: 'yield bounds that are no list', method: 'POST', path: () => '/products', body: () => product({ yieldBounds: bound() }), status: 422, field: 'yieldBounds', rule: 'is-array' },
  { name: 'a revision of an unregistered product', method: 'PUT', path: () => `/products/${fresh('product:nothing-')}`, body: () => ({ ...without(product(), 'productId'), expectedVersion: 1 }), status: 404, field: 'productId', rule: 'registered' },
  { name: 'a revision that changes the unit', method: 'PUT', path: (w) => `/products/${w.product}`, body: (w) => ({ ...without(honeyRequest(w.product), 'productId'), unit: 'l', expectedVersion: 1 }), status: 409, field: 'unit', rule: 'immutable' },
];

const PARTIES: Case[] = [
  { name: 'a party without kinds', method: 'POST', path: () => '/parties', body: () => ({ partyId: fresh('producer:'), kinds: [] }), status: 422, field: 'kinds', rule: 'at-least-one-kind' },
  { name: 'an unknown kind of party', method: 'POST', path: () => '/parties', body: () => ({ partyId: fresh('producer:'), kinds: ['farmer'] }), status: 422, field: 'kinds[0]', rule: 'known-value' },
  { name: 'a person\'s name in the registration', method: 'POST', path: () => '/parties', body: () => ({ ...producerRequest(fresh('producer:')), personName: 'Asel Toktogulova' }), status: 422, field: 'personName', rule: 'known-field' },
  { name: 'a phone number in the registration', method: 'POST', path: () => '/parties', body: () => ({ ...producerRequest(fresh('producer:')), phone: '+996555123456' }), status: 422, field: 'phone', rule: 'known-field' },
  { name: 'an unregistered place operated', method: 'POST', path: () => '/parties', body: () => producerRequest(fresh('producer:'), [fresh('apiary:nowhere-')]), status: 422, field: 'operatesPlaceIds[0]', rule: 'registered' },
  { name: 'a village as a place operated', method: 'POST', path: () => '/parties', body: (w) => producerRequest(fresh('producer:'), [w.apiary, w.village]), status: 422, field: 'operatesPlaceIds[1]', rule: 'facility' },
  { name: 'a group listed twice', method: 'POST', path: () => '/parties', body: () => ({ partyId: fresh('producer:'), kinds: ['producer'], memberOfIds: ['group:a', 'group:a'] }), status: 422, field: 'memberOfIds', rule: 'unique' },
  { name: 'a party revised from a stale version', method: 'PUT', path: (w) => `/parties/${w.producer}`, body: () => ({ kinds: ['producer'], expectedVersion: 2 }), status: 409, field: 'expectedVersion', rule: 'expected-version' },
];

const SCHEMES: Case[] = [
  { name: 'a regional brand without its region', method: 'POST', path: () => '/schemes', body: (w) => without(regionalBrandRequest(fresh('scheme:'), w.certifier, w.region), 'regionId'), status: 422, field: 'regionId', rule: 'region-for-regional-brand' },
  { name: 'an unknown kind of scheme', method: 'POST', path: () => '/schemes', body: (w) => ({ ...regionalBrandRequest(fresh('scheme:'), w.certifier, w.region), kind: 'gold-medal' }), status: 422, field: 'kind', rule: 'known-value' },
  { name: 'an unregistered issuer', method: 'POST', path: () => '/schemes', body: (w) => regionalBrandRequest(fresh('scheme:'), fresh('certifier:nobody-'), w.region), status: 422, field: 'issuerPartyId', rule: 'registered' },
  { name: 'an issuer that is no certifier', method: 'POST', path: () => '/schemes', body: (w) => regionalBrandRequest(fresh('scheme:'), w.producer, w.region), status: 422, field: 'issuerPartyId', rule: 'issuer-is-certifier' },
  { name: 'a village as the brand\'s region', method: 'POST', path: () => '/schemes', body: (w) => regionalBrandRequest(fresh('scheme:'), w.certifier, w.village), status: 422, field: 'regionId', rule: 'region' },
  { name: 'an unregistered region', method: 'POST', path: () => '/schemes', body: (w) => regionalBrandRequest(fresh('scheme:'), w.certifier, fresh('region:nowhere-')), status: 422, field: 'regionId', rule: 'registered' },
];

const SPECIALISATIONS: Case[] = [
  { name: 'an unregistered village', method: 'POST', path: () => `/villages/${fresh('village:nowhere-')}/specialisations`, body: (w) => ({ productId: w.product, since: '2023-03-03' }), status: 404, field: 'villageId', rule: 'registered' },
  { name: 'a district instead of a village', method: 'POST', path: (w) => `/villages/${w.district}/specialisations`, body: (w) => ({ productId: w.product, since: '2023-03-03' }), status: 422, field: 'villageId', rule: 'settlement' },
  { name: 'an unregistered product', method: 'POST', path: (w) => `/villages/${w.village}/specialisations`, body: () => ({ productId: fresh('product:nothing-'), since: '2023-03-03' }), status: 422, field: 'productId', rule: 'registered' },
  { name: 'an impossible date', method: 'POST', path: (w) => `/villages/${w.village}/specialisations`, body: (w) => ({ productId: w.product, since: '2023-02-29' }), status: 422, field: 'since', rule: 'iso-8601-date' },
  { name: 'a date before records began', method: 'POST', path: (w) => `/villages/${w.village}/specialisations`, body: (w) => ({ productId: w.product, since: '1999-12-31' }), status: 422, field: 'since', rule: 'not-before-2000' },
  { name: 'a path that is no village id', method: 'POST', path: () => '/villages/Tamga!/specialisations', body: (w) => ({ productId: w.product, since: '2023-03-03' }), status: 400, field: 'villageId', rule: 'reference-id' },
  { name: 'a missing date', method: 'POST', path: (w) => `/villages/${w.village}/specialisations`, body: (w) => ({ productId: w.product }), status: 422, field: 'since', rule: 'is-string' },
];

describe('master data: bad input gets a 4xx problem naming the field and the rule, and writes nothing', () => {
  const running = useRunningTamga();
  // The key helper's pool would otherwise still be connected when the run's database is dropped.
  afterAll(() => releaseTestKeys());
  let capture: Call;
  let provenance: Call;
  const world = {} as World;

  // Nothing else writes events while this file runs (--runInBand): the whole log must stay as it was.
  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n as number;

  beforeAll(async () => {
    const admin = await adminKey();
    capture = callWith(() => running.tamga.captureUrl, () => admin.headers);
    provenance = callWith(() => running.tamga.provenanceUrl);
    Object.assign(world, {
      region: unique('region:'), district: unique('district:'), village: unique('village:'), apiary: unique('apiary:'),
      product: unique('product:'), producer: unique('producer:'), certifier: unique('certifier:'),
    });
    const setUp: [string, Body][] = [
      ['/places', regionRequest(world.region)],
      ['/places', districtRequest(world.district, world.region)],
      ['/places', villageRequest(world.village, world.district)],
      ['/places', apiaryRequest(world.apiary, world.village)],
      ['/products', honeyRequest(world.product)],
      ['/parties', producerRequest(world.producer)],
      ['/parties', certifierRequest(world.certifier)],
    ];
    for (const [path, body] of setUp) expect((await capture('POST', path, body)).status).toBe(201);
  });

  it.each([...POST_PLACES, ...PUT_PLACES, ...PRODUCTS, ...PARTIES, ...SCHEMES, ...SPECIALISATIONS])(
    '$method $name: $status naming $field ($rule)',
    async ({ method, path, body, status, field, rule }) => {
      const before = await eventCount();
      const response = await capture(method, path(world), body(world));
      expect(response.status).toBe(status);
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      const problem = await jsonOf(response);
      expect(problem).toMatchObject({ status, type: expect.stringMatching(/^urn:tamga:problem:/), title: expect.any(String) });
      expect(problem.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
      expect(await eventCount()).toBe(before);
    },
  );

  it('an Idempotency-Key reused for another request, or for the same body on another record, is refused; the first result stands', async () => {
    const key = unique('key-');
    const first = await capture('POST', '/products', honeyRequest(unique('product:')), { 'Idempotency-Key': key });
    expect(first.status).toBe(201);
    const before = await eventCount();
    const other = await capture('POST', '/products', honeyRequest(unique('product:')), { 'Idempotency-Key': key });
    expect(other.status).toBe(422);
    expect((await jsonOf(other)).errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'one-request-per-key' });

    // Same body, same key, another record in the path: not a retry of the first revision.
    const fields = { ...without(honeyRequest(world.product), 'productId'), expectedVersion: 1 };
    const revision = unique('rev-');
    const product2 = unique('product:');
    expect((await capture('POST', '/products', honeyRequest(product2))).status).toBe(201);
    const afterSecond = await eventCount();
    expect((await capture('PUT', `/products/${product2}`, fields, { 'Idempotency-Key': revision })).status).toBe(200);
    const elsewhere = await capture('PUT', `/products/${world.product}`, fields, { 'Idempotency-Key': revision });
    expect(elsewhere.status).toBe(422);
    expect((await jsonOf(elsewhere)).errors[0]).toMatchObject({ field: 'Idempotency-Key', rule: 'one-request-per-key' });
    expect(await eventCount()).toBe(afterSecond + 1);
    expect(before).toBeLessThan(afterSecond);
  });

  it.each([
    ['/places?kind=castle', 'kind', 'is-in'],
    ['/places?limit=0', 'limit', 'min'],
    ['/places?limit=many', 'limit', 'is-int'],
    ['/places?limit=100000', 'limit', 'max'],
    ['/parties?kind=farmer', 'kind', 'is-in'],
    ['/products?category=caviar', 'category', 'is-in'],
    ['/places?colour=red', 'colour', 'known-field'],
  ])('a bad list query on provenance (%s): 422 naming %s (%s)', async (path, field, rule) => {
    const response = await provenance('GET', path);
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect((await jsonOf(response)).errors).toEqual(expect.arrayContaining([expect.objectContaining({ field, rule })]));
  });

  it.each(['/places/Bad%20Id', '/products/PRODUCT', '/parties/a%00b', '/schemes/x%2Fy', '/villages/Tamga!/specialisations'])(
    'a provenance address that names no possible record (%s): 400, not a 500',
    async (path) => {
      const response = await provenance('GET', path);
      expect(response.status).toBe(400);
      expect((await jsonOf(response)).errors[0]).toMatchObject({ rule: 'reference-id' });
    },
  );
});

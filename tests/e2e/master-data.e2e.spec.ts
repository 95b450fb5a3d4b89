import { demoGtin13 } from '#tamga/domain';
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
import { TestKey, adminKey, releaseTestKeys } from '../support/test-keys';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

describe('master data: registered and revised over HTTP, kept as events, read back through Kafka and the read models', () => {
  const running = useRunningTamga();
  // The key helper's pool would otherwise still be connected when the run's database is dropped.
  afterAll(() => releaseTestKeys());
  let admin: TestKey;
  let capture: Call;
  let provenance: Call;

  beforeAll(async () => {
    admin = await adminKey();
    capture = callWith(() => running.tamga.captureUrl, () => admin.headers);
    provenance = callWith(() => running.tamga.provenanceUrl);
  });

  /** Reads a provenance path until it answers 200 with a body that passes `ready`. */
  const readBack = (path: string, ready: (body: any) => boolean = () => true) => // eslint-disable-line @typescript-eslint/no-explicit-any
    eventually(async () => {
      const response = await provenance('GET', path);
      if (response.status !== 200) return undefined;
      const body = await jsonOf(response);
      return ready(body) ? body : undefined;
    }, 15_000, `GET ${path}`);

  const created = async (response: Promise<Response>) => {
    const r = await response;
    const body = await jsonOf(r);
    expect({ status: r.status, body }).toMatchObject({ status: 201 });
    return body;
  };

  /** A region, a district in it and a village in that, all fresh. */
  async function villageHierarchy() {
    const ids = { region: unique('region:issyk-kul-'), district: unique('district:ton-'), village: unique('village:tamga-') };
    await created(capture('POST', '/places', regionRequest(ids.region)));
    await created(capture('POST', '/places', districtRequest(ids.district, ids.region)));
    await created(capture('POST', '/places', villageRequest(ids.village, ids.district)));
    return ids;
  }

  it('registers a place hierarchy; each place is an event in its own stream, recorded by the admin, and readable on provenance', async () => {
    const ids = await villageHierarchy();
    const apiary = unique('apiary:tamga-slope-');
    const answer = await created(capture('POST', '/places', apiaryRequest(apiary, ids.village)));
    expect(answer).toMatchObject({ id: apiary, version: 1, type: 'place.registered', eventId: expect.any(String) });

    const { rows } = await running.pool.query(
      'SELECT stream_id, stream_version, type, actor_id, data FROM event_store.events WHERE stream_id = $1',
      [`place/${apiary}`],
    );
    expect(rows).toEqual([
      expect.objectContaining({ stream_id: `place/${apiary}`, stream_version: 1, type: 'place.registered', actor_id: admin.partyId }),
    ]);
    expect(rows[0].data).toMatchObject({ placeId: apiary, kind: 'apiary', parentId: ids.village, gln: apiaryRequest(apiary, ids.village).gln });

    const village = await readBack(`/places/${ids.village}`);
    expect(village).toEqual({
      placeId: ids.village,
      kind: 'village',
      gln: villageRequest(ids.village, ids.district).gln,
      names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga', ja: 'タムガ' },
      parentId: ids.district,
      geometry: { type: 'Point', coordinates: [77.551, 42.155] },
      version: 1,
      recordedAt: expect.any(String),
    });
    const region = await readBack(`/places/${ids.region}`);
    expect(region).toMatchObject({ kind: 'region', parentId: null, geometry: { type: 'Polygon' } });
  }, 60_000);

  it('revises a place with expectedVersion; a stale version is a 409 naming the current version, and writes nothing', async () => {
    const ids = await villageHierarchy();
    const renamed = { ...villageRequest(ids.village, ids.district), names: { ky: 'Тамга айылы', ru: 'село Тамга', en: 'Tamga village' } };
    const { placeId: _id, ...fields } = renamed;

    const revised = await capture('PUT', `/places/${ids.village}`, { ...fields, expectedVersion: 1 });
    expect(revised.status).toBe(200);
    expect(await jsonOf(revised)).toMatchObject({ id: ids.village, version: 2, type: 'place.revised' });

    const stale = await capture('PUT', `/places/${ids.village}`, { ...fields, names: { ky: 'x', ru: 'x', en: 'x' }, expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = await jsonOf(stale);
    expect(problem).toMatchObject({ status: 409, code: 'PLACE.VERSION_CONFLICT' });
    expect(problem.errors[0]).toMatchObject({ field: 'expectedVersion', rule: 'expected-version', expectedVersion: 1, currentVersion: 2 });

    const { rows } = await running.pool.query('SELECT stream_version, type FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version', [
      `place/${ids.village}`,
    ]);
    expect(rows).toEqual([
      { stream_version: 1, type: 'place.registered' },
      { stream_version: 2, type: 'place.revised' },
    ]);
    const read = await readBack(`/places/${ids.village}`, (p) => p.version === 2);
    expect(read.names).toEqual({ ky: 'Тамга айылы', ru: 'село Тамга', en: 'Tamga village' });
  }, 60_000);

  it('two concurrent revisions from the same version: one is recorded, the other is a 409 naming the current version', async () => {
    const ids = await villageHierarchy();
    const { placeId: _id, ...fields } = villageRequest(ids.village, ids.district);
    const responses = await Promise.all(
      ['Tamga one', 'Tamga two'].map((en) => capture('PUT', `/places/${ids.village}`, { ...fields, names: { ...fields.names, en }, expectedVersion: 1 })),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
    const problem = await jsonOf(responses.find((r) => r.status === 409)!);
    expect(problem.errors[0]).toMatchObject({ field: 'expectedVersion', currentVersion: 2 });
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [`place/${ids.village}`]);
    expect(rows[0].n).toBe(2);
  }, 60_000);

  it('a place id registered twice is a 409 naming placeId; a retry under the same Idempotency-Key gets the first answer', async () => {
    const ids = await villageHierarchy();
    const apiary = unique('apiary:');
    const key = unique('retry-');
    const first = await capture('POST', '/places', apiaryRequest(apiary, ids.village), { 'Idempotency-Key': key });
    const retry = await capture('POST', '/places', apiaryRequest(apiary, ids.village), { 'Idempotency-Key': key });
    expect([first.status, retry.status]).toEqual([201, 201]);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(await jsonOf(retry)).toEqual(await jsonOf(first));

    const again = await capture('POST', '/places', apiaryRequest(apiary, ids.village));
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).errors[0]).toMatchObject({ field: 'placeId', rule: 'new-id', currentVersion: 1 });
    const { rows } = await running.pool.query('SELECT count(*)::int AS n FROM event_store.events WHERE stream_id = $1', [`place/${apiary}`]);
    expect(rows[0].n).toBe(1);
  }, 60_000);

  it('registers and revises a product; the GTIN is kept as GTIN-14 and cannot change', async () => {
    const productId = unique('product:white-sainfoin-honey-');
    await created(capture('POST', '/products', honeyRequest(productId)));
    const comb = unique('product:comb-honey-');
    await created(capture('POST', '/products', { ...honeyRequest(comb), names: { ky: 'Уюк бал', ru: 'Сотовый мёд', en: 'Comb honey' } }));

    const { productId: _id, ...fields } = honeyRequest(productId);
    const withYield = { ...fields, yieldBounds: [{ process: 'extraction', inputProductIds: [comb], min: 0.6, max: 0.85 }], expectedVersion: 1 };
    const revised = await capture('PUT', `/products/${productId}`, withYield);
    expect(revised.status).toBe(200);
    expect(await jsonOf(revised)).toMatchObject({ id: productId, version: 2, type: 'product.revised' });

    const newGtin = await capture('PUT', `/products/${productId}`, { ...withYield, gtin: demoGtin13('12345', '0002'), expectedVersion: 2 });
    expect(newGtin.status).toBe(409);
    expect((await jsonOf(newGtin)).errors[0]).toMatchObject({ field: 'gtin', rule: 'immutable' });

    const product = await readBack(`/products/${productId}`, (p) => p.version === 2);
    expect(product).toMatchObject({
      productId,
      gtin: `0${honeyRequest(productId).gtin}`,
      category: 'honey',
      unit: 'KGM',
      names: { en: 'White sainfoin honey', ja: '白いエスパルセットの蜂蜜', zh: '白色红豆草蜂蜜' },
      yieldBounds: [{ process: 'extraction', inputProductIds: [comb], min: 0.6, max: 0.85 }],
    });
  }, 60_000);

  it('registers a producer operating an apiary and a certifier; the party read model holds their public record only', async () => {
    const ids = await villageHierarchy();
    const apiary = unique('apiary:');
    await created(capture('POST', '/places', apiaryRequest(apiary, ids.village)));
    const producer = unique('producer:asel-');
    await created(capture('POST', '/parties', producerRequest(producer, [apiary])));
    const party = await readBack(`/parties/${producer}`);
    expect(party).toEqual({
      partyId: producer,
      kinds: ['producer'],
      memberOfIds: ['group:ovop-association-issyk-kul'],
      operatesPlaceIds: [apiary],
      version: 1,
      recordedAt: expect.any(String),
    });

    const revised = await capture('PUT', `/parties/${producer}`, { kinds: ['producer', 'exporter'], operatesPlaceIds: [apiary], expectedVersion: 1 });
    expect(revised.status).toBe(200);
    expect((await readBack(`/parties/${producer}`, (p) => p.version === 2)).kinds).toEqual(['exporter', 'producer']);
  }, 60_000);

  it('registers the Issyk-Kul regional brand with its certifier and region, and revises its issuer', async () => {
    const { region } = await villageHierarchy();
    const certifier = unique('certifier:ovop-association-');
    const ministry = unique('certifier:ministry-');
    await created(capture('POST', '/parties', certifierRequest(certifier)));
    await created(capture('POST', '/parties', certifierRequest(ministry)));
    const schemeId = unique('scheme:issyk-kul-brand-');
    await created(capture('POST', '/schemes', regionalBrandRequest(schemeId, certifier, region)));
    const { schemeId: _id, ...fields } = regionalBrandRequest(schemeId, certifier, region);
    const revised = await capture('PUT', `/schemes/${schemeId}`, { ...fields, issuerPartyId: ministry, expectedVersion: 1 });
    expect(revised.status).toBe(200);

    const scheme = await readBack(`/schemes/${schemeId}`, (s) => s.version === 2);
    expect(scheme).toMatchObject({ schemeId, kind: 'regional-brand', issuerPartyId: ministry, regionId: region });
  }, 60_000);

  it('registers a village for honey; the same product again is a 409 naming since when; both are listed on provenance', async () => {
    const { village } = await villageHierarchy();
    const honey = unique('product:honey-');
    const jam = unique('product:sea-buckthorn-jam-');
    await created(capture('POST', '/products', honeyRequest(honey)));
    await created(capture('POST', '/products', { ...honeyRequest(jam), category: 'jam', names: { ky: 'Чычырканак джемі', ru: 'Облепиховый джем', en: 'Sea-buckthorn jam' } }));

    // Registered at the same moment: both are recorded (the second decides again on the new stream).
    const both = await Promise.all([
      capture('POST', `/villages/${village}/specialisations`, { productId: honey, since: '2023-03-03' }),
      capture('POST', `/villages/${village}/specialisations`, { productId: jam, since: '2024-06-01' }),
    ]);
    expect(both.map((r) => r.status)).toEqual([201, 201]);
    expect(await jsonOf(both[0])).toMatchObject({ villageId: village, productId: honey, since: '2023-03-03' });

    const again = await capture('POST', `/villages/${village}/specialisations`, { productId: honey, since: '2025-01-01' });
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).errors[0]).toMatchObject({ field: 'productId', rule: 'new-specialisation', since: '2023-03-03' });

    const read = await readBack(`/villages/${village}/specialisations`, (v) => v.specialisations.length === 2);
    expect(read).toEqual({
      villageId: village,
      specialisations: [
        { productId: honey, since: '2023-03-03' },
        { productId: jam, since: '2024-06-01' },
      ],
    });
    const { rows } = await running.pool.query('SELECT stream_version FROM event_store.events WHERE stream_id = $1 ORDER BY 1', [`specialisation/${village}`]);
    expect(rows.map((r) => r.stream_version)).toEqual([1, 2]);
  }, 60_000);

  it('lists places by kind, products and parties by kind, a page at a time', async () => {
    const ids = await villageHierarchy();
    const apiaries = [unique('apiary:list-a-'), unique('apiary:list-b-'), unique('apiary:list-c-')];
    for (const id of apiaries) await created(capture('POST', '/places', apiaryRequest(id, ids.village)));
    await readBack(`/places/${apiaries[2]}`);

    const firstPage = await jsonOf(await provenance('GET', '/places?kind=apiary&limit=2'));
    expect(firstPage.items).toHaveLength(2);
    expect(firstPage.items.every((p: { kind: string }) => p.kind === 'apiary')).toBe(true);
    const all: string[] = [];
    for (let after: string | null = ''; after !== null; ) {
      const page: { items: { placeId: string }[]; next: string | null } = await jsonOf(
        await provenance('GET', `/places?kind=apiary&limit=2${after ? `&after=${encodeURIComponent(after)}` : ''}`),
      );
      all.push(...page.items.map((p) => p.placeId));
      after = page.next;
    }
    expect(all).toEqual([...all].sort());
    expect(all).toEqual(expect.arrayContaining(apiaries));
    const villages = await jsonOf(await provenance('GET', '/places?kind=village&limit=500'));
    expect(villages.items.map((p: { placeId: string }) => p.placeId)).toContain(ids.village);
    expect(villages.items.map((p: { placeId: string }) => p.placeId)).not.toContain(apiaries[0]);

    const certifier = unique('certifier:list-');
    await created(capture('POST', '/parties', certifierRequest(certifier)));
    const product = unique('product:list-');
    await created(capture('POST', '/products', honeyRequest(product)));
    await readBack(`/parties/${certifier}`);
    await readBack(`/products/${product}`);
    const certifiers = await jsonOf(await provenance('GET', '/parties?kind=certifier&limit=500'));
    expect(certifiers.items.map((p: { partyId: string }) => p.partyId)).toContain(certifier);
    expect(certifiers.items.every((p: { kinds: string[] }) => p.kinds.includes('certifier'))).toBe(true);
    const honeys = await jsonOf(await provenance('GET', '/products?category=honey&limit=500'));
    expect(honeys.items.map((p: { productId: string }) => p.productId)).toContain(product);
  }, 60_000);

  it.each([
    ['/places/', 'PLACE.NOT_FOUND', 'placeId'],
    ['/products/', 'PRODUCT.NOT_FOUND', 'productId'],
    ['/parties/', 'PARTY.NOT_FOUND', 'partyId'],
    ['/schemes/', 'SCHEME.NOT_FOUND', 'schemeId'],
  ])('an unknown id on provenance (GET %s…) is a 404 problem naming it', async (path, code, field) => {
    const response = await provenance('GET', `${path}${unique('nope:')}`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await jsonOf(response)).toMatchObject({ status: 404, code, errors: [{ field, rule: 'registered' }] });
  });

  it('an unknown village has no specialisations to list: 404', async () => {
    const response = await provenance('GET', `/villages/${unique('village:nowhere-')}/specialisations`);
    expect(response.status).toBe(404);
    expect(await jsonOf(response)).toMatchObject({ code: 'PLACE.NOT_FOUND', errors: [{ field: 'villageId', rule: 'registered' }] });
  });

  it('documents the master-data routes in both OpenAPI documents', async () => {
    const capturePaths = Object.keys((await jsonOf(await fetch(`${running.tamga.captureUrl}/docs-json`))).paths);
    expect(capturePaths).toEqual(
      expect.arrayContaining(['/places', '/places/{placeId}', '/products', '/parties', '/schemes', '/villages/{villageId}/specialisations', '/parties/{partyId}/personal-details']),
    );
    const provenancePaths = Object.keys((await jsonOf(await fetch(`${running.tamga.provenanceUrl}/docs-json`))).paths);
    expect(provenancePaths).toEqual(
      expect.arrayContaining(['/places', '/places/{placeId}', '/products/{productId}', '/parties', '/schemes/{schemeId}', '/villages/{villageId}/specialisations']),
    );
    expect(provenancePaths).not.toContain('/parties/{partyId}/personal-details');
    // The admin-only routes say so: they need a bearer API key.
    const capture = await jsonOf(await fetch(`${running.tamga.captureUrl}/docs-json`));
    expect(capture.paths['/places'].post.security).toEqual([{ bearer: [] }]);
    expect(capture.paths['/parties/{partyId}/personal-details'].delete.security).toEqual([{ bearer: [] }]);
  });
});

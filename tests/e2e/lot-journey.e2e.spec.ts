import { demoGln, demoGtin13 } from '#tamga/domain';
import { Call, callWith } from '../support/master-data-api';
import { TestKey, adminKey, partyWithKey, releaseTestKeys } from '../support/test-keys';
import { eventually, jsonOf, unique } from '../support/test-infrastructure';
import { useRunningTamga } from '../support/use-running-tamga';

/**
 * A lot's whole journey over HTTP, each step recorded with its own party's key, through the event
 * store, the relay and Kafka into the read models: three harvests of comb honey are shipped to a
 * processor (one arrives a little short), extracted together into honey, packed into jars,
 * inspected, sent to the Bishkek shop and to an exporter, sold by the jar and exported to Japan.
 */
describe('the journey of a lot, from village harvest to export (HTTP, Kafka, read models)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  const tag = unique('').slice(0, 6);
  const id = (kind: string, name: string) => `${kind}:${name}-${tag}`;
  const ids = {
    region: id('region', 'issyk-kul'),
    district: id('district', 'ton'),
    village: id('village', 'tamga'),
    apiary: id('apiary', 'tamga-slope'),
    workshop: id('workshop', 'tamga-honey'),
    city: id('city', 'bishkek'),
    shop: id('shop', 'ovop-bishkek'),
    warehouse: id('warehouse', 'bishkek-export'),
    comb: id('product', 'comb-honey'),
    honey: id('product', 'sainfoin-honey'),
  };
  let capture: (key: TestKey) => Call;
  let provenance: Call;
  let parties: Record<'producer' | 'processor' | 'shop' | 'exporter' | 'lab', TestKey>;

  /** Records a fact and returns its events; fails the test with the problem if it was refused. */
  const record = async (key: TestKey, path: string, body: unknown): Promise<{ lotId: string; eventId: string; type: string }[]> => {
    const response = await capture(key)('POST', path, body);
    const answer = await jsonOf(response);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.recorded;
  };
  const lotView = (lotId: string, ready: (lot: any) => boolean) => // eslint-disable-line @typescript-eslint/no-explicit-any
    eventually(async () => {
      const response = await provenance('GET', `/lots/${lotId}`);
      const lot = response.status === 200 ? await jsonOf(response) : undefined;
      return lot && ready(lot) ? lot : undefined;
    }, 15_000, `lot ${lotId} in the read model`);
  const eventCount = async () => (await running.pool.query('SELECT count(*)::int AS n FROM event_store.events')).rows[0].n;

  beforeAll(async () => {
    const admin = await adminKey();
    capture = (key) => callWith(() => running.tamga.captureUrl, () => key.headers);
    provenance = callWith(() => running.tamga.provenanceUrl);
    const names = (en: string) => ({ ky: en, ru: en, en });
    const gln = (n: number) => demoGln('7700', String(Math.floor(Math.random() * 900) * 100 + n).padStart(5, '0'));
    const places = [
      { placeId: ids.region, kind: 'region', names: names('Issyk-Kul') },
      { placeId: ids.district, kind: 'district', names: names('Ton'), parentId: ids.region },
      { placeId: ids.village, kind: 'village', names: names('Tamga'), parentId: ids.district, geometry: { type: 'Point', coordinates: [77.551, 42.155] } },
      { placeId: ids.apiary, kind: 'apiary', names: names('Sainfoin slope'), parentId: ids.village },
      { placeId: ids.workshop, kind: 'workshop', names: names('Tamga honey house'), parentId: ids.village },
      { placeId: ids.city, kind: 'city', names: names('Bishkek') },
      { placeId: ids.shop, kind: 'shop', names: names('OVOP shop'), parentId: ids.city },
      { placeId: ids.warehouse, kind: 'warehouse', names: names('Export warehouse'), parentId: ids.city },
    ];
    for (const [i, place] of places.entries()) await record(admin, '/places', { ...place, gln: gln(i) });
    const gtin = () => demoGtin13('7700', String(Math.floor(Math.random() * 100_000)).padStart(5, '0'));
    await record(admin, '/products', { productId: ids.comb, gtin: gtin(), names: names('Comb honey'), category: 'honey', unit: 'kg' });
    await record(admin, '/products', {
      productId: ids.honey,
      gtin: gtin(),
      names: names('White sainfoin honey'),
      category: 'honey',
      unit: 'kg',
      yieldBounds: [{ process: 'extraction', inputProductIds: [ids.comb], min: 0.6, max: 0.85 }],
    });
    await record(admin, `/villages/${ids.village}/specialisations`, { productId: ids.comb, since: '2012-05-01' });
    const party = (kind: 'producer' | 'processor' | 'shop' | 'exporter' | 'lab', operates: string[]) =>
      partyWithKey({ partyId: id(kind, 'journey'), kinds: [kind], operatesPlaceIds: operates });
    parties = {
      producer: await party('producer', [ids.apiary]),
      processor: await party('processor', [ids.workshop]),
      shop: await party('shop', [ids.shop]),
      exporter: await party('exporter', [ids.warehouse]),
      lab: await party('lab', []),
    };
  }, 60_000);

  it('records every step with the right custodian, and the read models add up', async () => {
    const { producer, processor, shop, exporter, lab } = parties;
    const harvests = [60, 40, 30].map((kg, i) => ({ lotId: unique('C-'), kg, at: `2026-07-1${i + 1}T06:30:00+06:00` }));
    for (const h of harvests) {
      await record(producer, '/harvests', {
        lotId: h.lotId, villageId: ids.village, productId: ids.comb, placeId: ids.apiary,
        quantity: { amount: h.kg, unit: 'kg' }, harvestedAt: h.at, location: { latitude: 42.15, longitude: 77.56 },
      });
    }
    const toWorkshop = unique('S-');
    await record(producer, '/shipments', {
      shipmentId: toWorkshop, fromPlaceId: ids.apiary, to: { partyId: processor.partyId, placeId: ids.workshop },
      lots: harvests.map((h) => ({ lotId: h.lotId, quantity: { amount: h.kg, unit: 'kg' } })),
      carrier: 'Tamga village truck', documents: [{ type: 'waybill', id: `WB-${tag}` }], shippedAt: '2026-07-20T08:00:00+06:00',
    });
    // Half a kilogram of the second lot was lost on the road: it arrives short.
    await record(processor, `/shipments/${toWorkshop}/receipts`, {
      lots: harvests.map((h, i) => ({ lotId: h.lotId, quantity: { amount: i === 1 ? h.kg - 0.5 : h.kg, unit: 'kg' } })),
      receivedAt: '2026-07-20T11:00:00+06:00',
    });
    const honeyLot = unique('HN-');
    const extraction = await record(processor, '/transformations', {
      process: 'extraction', placeId: ids.workshop, transformedAt: '2026-07-21T10:00:00+06:00',
      inputs: harvests.map((h, i) => ({ lotId: h.lotId, quantity: { amount: i === 1 ? h.kg - 0.5 : h.kg, unit: 'kg' } })),
      outputs: [{ lotId: honeyLot, productId: ids.honey, quantity: { amount: 97, unit: 'kg' } }],
    });
    expect(extraction.map((e) => e.lotId).sort()).toEqual([...harvests.map((h) => h.lotId), honeyLot].sort());
    const serials = Array.from({ length: 100 }, (_, i) => `J${String(i + 1).padStart(4, '0')}`);
    await record(processor, `/lots/${honeyLot}/packings`, {
      placeId: ids.workshop, unitSize: { amount: 500, unit: 'g' }, serials, packedAt: '2026-07-22T10:00:00+06:00',
    });
    await record(lab, `/lots/${honeyLot}/inspections`, {
      results: [{ parameter: 'moisture', value: 17.4, unit: '%', max: 20 }, { parameter: 'HMF', value: 12, unit: 'mg/kg', max: 40 }],
      inspectedAt: '2026-07-23T10:00:00+06:00',
    });
    const toShop = unique('S-');
    await record(processor, '/shipments', {
      shipmentId: toShop, fromPlaceId: ids.workshop, to: { partyId: shop.partyId, placeId: ids.shop },
      lots: [{ lotId: honeyLot, quantity: { amount: 20, unit: 'kg' } }], shippedAt: '2026-07-24T08:00:00+06:00',
    });
    await record(shop, `/shipments/${toShop}/receipts`, { lots: [{ lotId: honeyLot, quantity: { amount: 20, unit: 'kg' } }], receivedAt: '2026-07-24T18:00:00+06:00' });
    await record(shop, `/lots/${honeyLot}/sales`, { shopPlaceId: ids.shop, serials: ['J0001', 'J0002', 'J0003'], soldAt: '2026-08-01T12:00:00+06:00' });
    const toExporter = unique('S-');
    await record(processor, '/shipments', {
      shipmentId: toExporter, fromPlaceId: ids.workshop, to: { partyId: exporter.partyId, placeId: ids.warehouse },
      lots: [{ lotId: honeyLot, quantity: { amount: 60, unit: 'kg' } }], shippedAt: '2026-08-02T08:00:00+06:00',
    });
    await record(exporter, `/shipments/${toExporter}/receipts`, { lots: [{ lotId: honeyLot, quantity: { amount: 60, unit: 'kg' } }], receivedAt: '2026-08-02T20:00:00+06:00' });
    await record(exporter, '/exports', {
      fromPlaceId: ids.warehouse, lots: [{ lotId: honeyLot, quantity: { amount: 60, unit: 'kg' } }], destinationCountry: 'JP',
      buyer: { name: 'Hokkaido Natural Foods K.K.', country: 'JP' }, customsDeclaration: `CD-${tag}`, certificateOfOrigin: `CT1-${tag}`,
      hsCode: '0409.00', exportedAt: '2026-08-05T09:00:00+06:00',
    });

    const honey = await lotView(honeyLot, (lot) => lot.version === 9);
    expect(honey).toMatchObject({
      productId: ids.honey,
      status: 'active',
      origin: null,
      onHand: { amount: 35.5, unit: 'KGM' },
      inTransit: { amount: 0, unit: 'KGM' },
      packedUnits: 97,
      custodians: [
        { partyId: processor.partyId, placeId: ids.workshop, amount: 17 },
        { partyId: shop.partyId, placeId: ids.shop, amount: 18.5 },
      ].sort((a, b) => a.partyId.localeCompare(b.partyId)),
    });
    expect(honey.events.map((e: { type: string }) => e.type)).toEqual([
      'lot.transformed', 'lot.packed', 'lot.inspected', 'lot.shipped', 'lot.received', 'lot.sold', 'lot.shipped', 'lot.received', 'lot.exported',
    ]);
    // Every input carries the same transformation, and is used up.
    for (const h of harvests) {
      const input = await lotView(h.lotId, (lot) => lot.status === 'used-up');
      expect(input.events.map((e: { type: string }) => e.type)).toEqual(['lot.harvested', 'lot.shipped', 'lot.received', 'lot.transformed']);
      expect(input.events[3].data).toEqual(honey.events[0].data);
      expect(input.origin).toMatchObject({ villageId: ids.village, producerId: producer.partyId, harvested: { amount: h.kg } });
    }
  }, 60_000);

  it('a shop cannot sell more than it holds: 409 naming both amounts, and nothing is written', async () => {
    const { producer, shop } = parties;
    const lotId = unique('C-');
    await record(producer, '/harvests', {
      lotId, villageId: ids.village, productId: ids.comb, quantity: { amount: 12, unit: 'kg' },
      harvestedAt: '2026-08-10T06:30:00+06:00', location: { latitude: 42.15, longitude: 77.56 },
    });
    const shipmentId = unique('S-');
    await record(producer, '/shipments', {
      shipmentId, fromPlaceId: ids.apiary, to: { partyId: shop.partyId, placeId: ids.shop },
      lots: [{ lotId, quantity: { amount: 10, unit: 'kg' } }], shippedAt: '2026-08-11T08:00:00+06:00',
    });
    await record(shop, `/shipments/${shipmentId}/receipts`, { lots: [{ lotId, quantity: { amount: 10, unit: 'kg' } }], receivedAt: '2026-08-11T18:00:00+06:00' });
    const before = await eventCount();
    const response = await capture(shop)('POST', `/lots/${lotId}/sales`, { shopPlaceId: ids.shop, quantity: { amount: 10.001, unit: 'kg' }, soldAt: '2026-08-12T12:00:00+06:00' });
    expect(response.status).toBe(409);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(await jsonOf(response)).toMatchObject({
      code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
      errors: [{ field: 'quantity', rule: 'mass-balance', requested: { amount: 10.001, unit: 'KGM' }, onHand: { amount: 10, unit: 'KGM' } }],
    });
    // The producer still holds 2 kg but is not the shop: selling is the shop's, and only from what it holds.
    const notCustodian = await capture(producer)('POST', `/lots/${lotId}/sales`, { shopPlaceId: ids.shop, quantity: { amount: 1, unit: 'kg' }, soldAt: '2026-08-12T12:00:00+06:00' });
    expect(notCustodian.status).toBe(403);
    expect(await eventCount()).toBe(before);
  }, 30_000);

  it('an offline upload sent twice records its facts once', async () => {
    const { producer } = parties;
    const lotId = unique('OF-');
    const upload = {
      facts: [
        { kind: 'harvest', clientEventId: `${lotId}:1`, fact: {
          lotId, villageId: ids.village, productId: ids.comb, quantity: { amount: 8, unit: 'kg' },
          harvestedAt: '2026-08-15T06:00:00+06:00', location: { latitude: 42.15, longitude: 77.56 } } },
        { kind: 'hold', clientEventId: `${lotId}:2`, fact: { lotId, reason: 'bees treated against varroa; wait for the lab', heldAt: '2026-08-15T07:00:00+06:00' } },
      ],
    };
    const first = await capture(producer)('POST', '/lot-facts/batch', upload);
    expect(first.status).toBe(201);
    expect((await jsonOf(first)).results.map((r: { status: string }) => r.status)).toEqual(['recorded', 'recorded']);
    const again = await capture(producer)('POST', '/lot-facts/batch', upload);
    expect(again.status).toBe(200);
    const answer = await jsonOf(again);
    expect(answer.results.map((r: { status: string }) => r.status)).toEqual(['already-recorded', 'already-recorded']);
    const { rows } = await running.pool.query('SELECT type FROM event_store.events WHERE stream_id = $1 ORDER BY stream_version', [lotId]);
    expect(rows.map((r) => r.type)).toEqual(['lot.harvested', 'lot.held']);
  }, 30_000);

  it('an offline batch is all or nothing by default; in keep-valid mode the valid facts are kept and each refusal reported', async () => {
    const { producer } = parties;
    const [good, sold] = [unique('OF-'), unique('OF-')];
    const facts = [
      { kind: 'harvest', clientEventId: `${good}:1`, fact: {
        lotId: good, villageId: ids.village, productId: ids.comb, quantity: { amount: 5, unit: 'kg' },
        harvestedAt: '2026-08-16T06:00:00+06:00', location: { latitude: 42.15, longitude: 77.56 } } },
      // A producer selling at a shop it does not operate: refused by the rules, not by the shape.
      { kind: 'sale', clientEventId: `${sold}:1`, fact: { lotId: good, shopPlaceId: ids.shop, quantity: { amount: 1, unit: 'kg' }, soldAt: '2026-08-16T09:00:00+06:00' } },
    ];
    const before = await eventCount();
    const refused = await capture(producer)('POST', '/lot-facts/batch', { facts });
    expect(refused.status).toBe(403);
    expect((await jsonOf(refused)).errors[0]).toMatchObject({ field: 'facts[1].fact', rule: 'role', required: ['shop'] });
    expect(await eventCount()).toBe(before);

    const kept = await capture(producer)('POST', '/lot-facts/batch', { mode: 'keep-valid', facts });
    expect(kept.status).toBe(201);
    const { results } = await jsonOf(kept);
    expect(results[0]).toMatchObject({ index: 0, status: 'recorded', events: [{ lotId: good, type: 'lot.harvested' }] });
    expect(results[1]).toMatchObject({ index: 1, status: 'rejected', problem: { code: 'ACCESS.ROLE_REQUIRED' } });
    expect(await eventCount()).toBe(before + 1);
  }, 30_000);

  it('a malformed fact in an offline batch is a 422 naming its place in the batch, in every mode', async () => {
    const before = await eventCount();
    const response = await capture(parties.producer)('POST', '/lot-facts/batch', {
      mode: 'keep-valid',
      facts: [{ kind: 'hold', fact: { lotId: 'X-1', reason: 'check', heldAt: 'yesterday' } }, { kind: 'teleport', fact: {} }],
    });
    expect(response.status).toBe(422);
    const problem = await jsonOf(response);
    expect(problem.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'facts[1].kind', rule: 'is-in' })]),
    );
    expect(await eventCount()).toBe(before);
  });
});


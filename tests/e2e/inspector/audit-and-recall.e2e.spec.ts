import { KEY_DATA_ELEMENT_COLUMNS } from '#tamga/read-models';
import { csvObjects, parseCsv } from '../../support/csv';
import { Call, callWith } from '../../support/master-data-api';
import { releaseTestKeys } from '../../support/test-keys';
import { eventually, jsonOf } from '../../support/test-infrastructure';
import { useRunningTamga } from '../../support/use-running-tamga';
import { InspectorJourney, recordInspectorJourney } from './inspector-journey';

/**
 * The inspector's side over HTTP, against a season recorded through the capture API, Kafka and the
 * projector (see inspector-journey.ts): the audit with its correction, the trace back to three
 * villages and the trace forward to jars, a shop and an export, balances and loss, the
 * spreadsheets, and the open flags. Every read is made with an inspector's key.
 */
describe('inspectors: audit and recall (HTTP, Kafka, read models)', () => {
  const running = useRunningTamga();
  afterAll(() => releaseTestKeys());
  let journey: InspectorJourney;
  let inspector: Call;
  const get = async (path: string) => {
    const response = await inspector('GET', path);
    if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`);
    return jsonOf(response);
  };

  beforeAll(async () => {
    journey = await recordInspectorJourney(() => running.tamga.captureUrl);
    inspector = callWith(() => running.tamga.provenanceUrl, () => journey.keys.inspector.headers);
    // The recall is the last fact recorded; the yield and shares need every lot's copy projected.
    await eventually(async () => {
      const response = await inspector('GET', `/lots/${journey.lots.jars}/balance`);
      const balance = response.status === 200 ? await jsonOf(response) : undefined;
      return balance?.flags.some((f: { kind: string }) => f.kind === 'recall') ? true : undefined;
    }, 30_000, 'the season in the read models');
    await eventually(async () => ((await get(`/lots/${journey.lots.bulk}/audit`)).events.length === 5 ? true : undefined), 15_000, 'the hold projected');
  }, 120_000);

  it('the audit shows every event in order, who recorded it, when it happened and was recorded, the correction beside what it corrects', async () => {
    const { lots, keys, h1Harvest, h1Correction } = journey;
    const audit = await get(`/lots/${lots.h1}/audit`);
    expect(audit.events.map((e: { type: string; recordedBy: string }) => [e.type, e.recordedBy])).toEqual([
      ['lot.harvested', keys.aigul.partyId],
      ['lot.corrected', keys.aigul.partyId],
      ['lot.shipped', keys.aigul.partyId],
      ['lot.received', keys.processor.partyId],
      ['lot.merged', keys.processor.partyId],
    ]);
    const [harvest, correction] = audit.events;
    expect(harvest).toMatchObject({
      version: 1, eventId: h1Harvest.eventId, occurredAt: '2026-09-01T01:00:00.000Z', status: 'corrected',
      data: { quantity: { amount: 62, unit: 'KGM' } }, effectiveQuantity: { amount: 60, unit: 'KGM' },
      amendments: [{ eventId: h1Correction.eventId, type: 'lot.corrected', reason: 'the scale showed the crate', quantity: { amount: 60, unit: 'KGM' }, recordedBy: keys.aigul.partyId, standing: true }],
    });
    expect(Date.parse(harvest.recordedAt)).toBeGreaterThan(Date.parse(harvest.occurredAt));
    expect(correction).toMatchObject({ status: 'standing', amends: { eventId: h1Harvest.eventId, version: 1, type: 'lot.harvested' } });
  });

  it('traces the jars back to three villages and their producers, with each one\'s share and quantity', async () => {
    const { lots, ids, keys } = journey;
    const trace = await get(`/lots/${lots.jars}/trace/back`);
    expect(trace).toMatchObject({ lotId: lots.jars, complete: true, depthLimitReached: false, stoppedAt: [], cycleLotIds: [] });
    expect(trace.lots.map((l: { lotId: string; depth: number }) => [l.lotId, l.depth])).toEqual(
      [[lots.jars, 0], [lots.jam, 1], [lots.berries, 2], [lots.sugar, 2], [lots.h1, 3], [lots.h2, 3]],
    );
    expect(trace.lots[1].madeBy).toMatchObject({ kind: 'transformed', process: 'cooking', placeId: ids.workshop, inputLotIds: [lots.berries, lots.sugar].sort() });
    // 71 of the 121 kg of jam cooked from 100 kg of berries (60 + 40) and 30 kg of sugar.
    expect(trace.origins.map((o: { lotId: string; share: number; contributed: unknown }) => [o.lotId, o.share, o.contributed])).toEqual([
      [lots.h1, 0.461538, { amount: 35.207, unit: 'KGM' }],
      [lots.h2, 0.307692, { amount: 23.471, unit: 'KGM' }],
      [lots.sugar, 0.230769, { amount: 17.603, unit: 'KGM' }],
    ]);
    expect(trace.villages).toEqual([
      { villageId: ids.akSuu, names: { ky: 'Ak-Suu', ru: 'Ak-Suu', en: 'Ak-Suu' }, share: 0.461538, producerIds: [keys.aigul.partyId], contributed: [{ productId: ids.berries, quantity: { amount: 35.207, unit: 'KGM' } }] },
      { villageId: ids.kyzylSuu, names: { ky: 'Kyzyl-Suu', ru: 'Kyzyl-Suu', en: 'Kyzyl-Suu' }, share: 0.307692, producerIds: [keys.bermet.partyId], contributed: [{ productId: ids.berries, quantity: { amount: 23.471, unit: 'KGM' } }] },
      { villageId: ids.kaindy, names: { ky: 'Kaindy', ru: 'Kaindy', en: 'Kaindy' }, share: 0.230769, producerIds: [keys.kanat.partyId], contributed: [{ productId: ids.sugar, quantity: { amount: 17.603, unit: 'KGM' } }] },
    ]);
    expect(trace.producers.map((p: { producerId: string }) => p.producerId)).toEqual([keys.aigul.partyId, keys.bermet.partyId, keys.kanat.partyId]);
  });

  it('a trace stopped by its depth bound says so and where, instead of going on', async () => {
    const { lots } = journey;
    const trace = await get(`/lots/${lots.jars}/trace/back?maxDepth=1`);
    expect(trace).toMatchObject({ maxDepth: 1, complete: false, depthLimitReached: true, stoppedAt: [lots.jam], cycleLotIds: [] });
    expect(trace.lots.map((l: { lotId: string }) => l.lotId)).toEqual([lots.jars, lots.jam]);
    expect(trace.origins).toEqual([]);
    const csv = await inspector('GET', `/lots/${lots.h2}/trace.csv?maxDepth=2`);
    expect(csv.headers.get('tamga-trace-complete')).toBe('false');
  });

  it('traces a Kyzyl-Suu harvest forward: every lot, unit, shop and export it reached (a recall\'s blast radius)', async () => {
    const { lots, ids, keys, serials, exportId } = journey;
    const trace = await get(`/lots/${lots.h2}/trace/forward`);
    expect(trace.lots.map((l: { lotId: string; depth: number; share: number; fromTraced: unknown }) => [l.lotId, l.depth, l.share, l.fromTraced])).toEqual([
      [lots.h2, 0, 1, null],
      [lots.berries, 1, 0.4, { amount: 40, unit: 'KGM' }],
      [lots.jam, 2, 0.307692, { amount: 37.231, unit: 'KGM' }],
      [lots.jars, 3, 0.307692, { amount: 21.846, unit: 'KGM' }],
      [lots.bulk, 3, 0.307692, { amount: 15.385, unit: 'KGM' }],
    ]);
    expect(trace.lots[3]).toMatchObject({ recallId: expect.any(String), onHand: { amount: 68.5, unit: 'KGM' } });
    expect(trace.lots[4]).toMatchObject({ held: true, onHand: { amount: 10, unit: 'KGM' }, custodians: [{ partyId: keys.exporter.partyId, placeId: ids.warehouse, amount: 10 }] });
    expect(trace.units).toHaveLength(100);
    expect(trace.units.filter((u: { sold: unknown }) => u.sold).map((u: { serial: string }) => u.serial)).toEqual(serials.slice(0, 3));
    expect(trace.shops).toEqual([
      { placeId: ids.shop, names: expect.objectContaining({ en: 'OVOP shop, 114 Chui Avenue' }), partyIds: [keys.shop.partyId], lots: [{ lotId: lots.jars, received: { amount: 19, unit: 'KGM' }, sold: { amount: 1.5, unit: 'KGM' } }] },
    ]);
    expect(trace.exports).toEqual([{
      shipmentId: exportId, lotId: lots.bulk, quantity: { amount: 40, unit: 'KGM' }, exporterId: keys.exporter.partyId, fromPlaceId: ids.warehouse,
      destinationCountry: 'JP', buyer: { name: 'Hokkaido Natural Foods, K.K.', country: 'JP' }, exportedAt: '2026-09-12T03:00:00.000Z',
    }]);
    expect(trace.summary).toEqual({ lots: 5, units: 100, unitsSold: 3, shops: 1, exports: 1, countries: ['JP'] });
  });

  it('balances a lot: in, out by kind, lost in transit, on hand and loss %, with its flags', async () => {
    const { lots } = journey;
    const jars = await get(`/lots/${lots.jars}/balance`);
    expect(jars).toMatchObject({
      unit: 'KGM',
      in: { harvested: { amount: 0 }, made: { amount: 71 } },
      out: { consumed: { amount: 0 }, sold: { amount: 1.5 }, exported: { amount: 0 }, lostInTransit: { amount: 1 } },
      custody: { shipped: { amount: 20 }, received: { amount: 19 }, inTransit: { amount: 0 } },
      onHand: { amount: 68.5, unit: 'KGM' },
      lossPercent: 1.41,
      shipments: [{ shipped: { amount: 20 }, received: { amount: 19 }, lost: { amount: 1 }, lossPercent: 5 }],
    });
    expect(jars.flags.map((f: { kind: string }) => f.kind).sort()).toEqual(['loss-in-transit', 'recall']);
    // The corrected harvest counts with its correction: 60 kg in, 60 kg out.
    expect(await get(`/lots/${lots.h1}/balance`)).toMatchObject({ in: { harvested: { amount: 60 } }, out: { consumed: { amount: 60 } }, onHand: { amount: 0 }, flags: [] });
  });

  it('balances a facility per product, with its processing yields and loss on what it sent', async () => {
    const { ids, lots } = journey;
    const workshop = await get(`/facilities/${ids.workshop}/balance`);
    expect(workshop.names.en).toBe('Karakol jam kitchen');
    expect(workshop.products.find((p: { productId: string }) => p.productId === ids.jam)).toEqual({
      productId: ids.jam, unit: 'KGM',
      in: { harvested: { amount: 0, unit: 'KGM' }, made: { amount: 242, unit: 'KGM' }, received: { amount: 0, unit: 'KGM' } },
      out: { consumed: { amount: 121, unit: 'KGM' }, shipped: { amount: 70, unit: 'KGM' }, sold: { amount: 0, unit: 'KGM' }, exported: { amount: 0, unit: 'KGM' } },
      onHand: { amount: 51, unit: 'KGM' },
      lostInTransit: { amount: 1, unit: 'KGM' },
      lossPercent: 1.43,
    });
    expect(workshop.products.find((p: { productId: string }) => p.productId === ids.berries)).toMatchObject({ in: { received: { amount: 100 }, made: { amount: 100 } }, out: { consumed: { amount: 200 } }, onHand: { amount: 0 } });
    expect(workshop.processing).toEqual([
      { process: 'cooking', facts: 1, consumed: 130, made: 121, yield: 0.9308, lossPercent: 6.92 },
      { process: 'merged', facts: 1, consumed: 100, made: 100, yield: 1, lossPercent: 0 },
      { process: 'split', facts: 1, consumed: 121, made: 121, yield: 1, lossPercent: 0 },
    ]);
    expect(workshop.flags.map((f: { kind: string; lotId: string }) => [f.kind, f.lotId]).sort()).toEqual(
      [['hold', lots.bulk], ['loss-in-transit', lots.jars], ['origin-not-registered', lots.h2], ['recall', lots.jars]].sort(),
    );
    const shop = await get(`/facilities/${ids.shop}/balance`);
    expect(shop.products).toMatchObject([{ productId: ids.jam, in: { received: { amount: 19 } }, out: { sold: { amount: 1.5 } }, onHand: { amount: 17.5 } }]);
  });

  it('lists the open flags: the origin mismatch, the yield at the edge of its bound, the short shipment, the hold and the recall', async () => {
    const { lots, ids } = journey;
    const mine = new Set(Object.values(lots));
    const { flags, thresholds } = await get('/flags?limit=1000');
    expect(thresholds).toEqual({ lossInTransitPercent: 2, yieldEdgeFraction: 0.1 });
    const ours = flags.filter((f: { lotId: string }) => mine.has(f.lotId));
    expect(ours.map((f: { kind: string; lotId: string }) => [f.kind, f.lotId])).toEqual([
      ['recall', lots.jars],
      ['hold', lots.bulk],
      ['loss-in-transit', lots.jars],
      ['yield-anomaly', lots.jam],
      ['origin-not-registered', lots.h2],
    ]);
    expect(ours.find((f: { kind: string }) => f.kind === 'yield-anomaly').details).toMatchObject({ productId: ids.jam, process: 'cooking', yield: 0.9308, min: 0.7, max: 0.95, edge: 'high' });
    expect(ours.find((f: { kind: string }) => f.kind === 'origin-not-registered').details).toMatchObject({ villageId: ids.kyzylSuu, productId: ids.berries });
    const holds = await get('/flags?kind=hold&limit=1000');
    expect(holds.flags.every((f: { kind: string }) => f.kind === 'hold')).toBe(true);
    expect(holds.flags.some((f: { lotId: string }) => f.lotId === lots.bulk)).toBe(true);
  });

  it('the trace spreadsheet: UTF-8 with a BOM, a header, one row per event of each lot, sorted by time, quoted where needed', async () => {
    const { lots, ids, exportId, keys, tag } = journey;
    const response = await inspector('GET', `/lots/${lots.jam}/trace.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="tamga-trace-${lots.jam}.csv"`);
    expect(response.headers.get('tamga-trace-complete')).toBe('true');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    expect(text).toContain('"Hokkaido Natural Foods, K.K."');
    const records = parseCsv(text);
    expect(records[0]).toEqual(KEY_DATA_ELEMENT_COLUMNS);
    const rows = csvObjects(records);
    // Up: both harvests, the sugar and the merged berries; down: both lots split off; all their events.
    const perLot = Object.fromEntries(Object.values(lots).map((lotId) => [lotId, rows.filter((r) => r.traceability_lot_code === lotId).length]));
    expect(perLot).toEqual({ [lots.h1]: 5, [lots.h2]: 5, [lots.sugar]: 4, [lots.berries]: 2, [lots.jam]: 2, [lots.jars]: 6, [lots.bulk]: 5 });
    const times = rows.map((r) => r.event_time);
    expect(times).toEqual([...times].sort());
    expect(rows.find((r) => r.critical_tracking_event === 'Shipping (export)')).toMatchObject({
      traceability_lot_code: lots.bulk, product_description: 'Sea-buckthorn jam', product_id: ids.jam, quantity: '40', unit_of_measure: 'KGM',
      location_id: ids.warehouse, location_description: 'Export warehouse', event_date: '2026-09-12', event_time: '2026-09-12T09:00:00.000+06:00',
      reference_document_type: 'shipment; customs-declaration; certificate-of-origin', reference_document_number: `${exportId}; CD-${tag}; CT1-${tag}`,
      source_party_id: keys.exporter.partyId, source_location_id: ids.warehouse, destination_name: 'Hokkaido Natural Foods, K.K.', destination_country: 'JP',
      record_status: 'standing', recorded_by: keys.exporter.partyId,
    });
    expect(rows.find((r) => r.traceability_lot_code === lots.h1 && r.tamga_event_type === 'lot.harvested')).toMatchObject({ quantity: '62', record_status: 'corrected', critical_tracking_event: 'Harvesting' });
    expect(rows.find((r) => r.traceability_lot_code === lots.h1 && r.tamga_event_type === 'lot.corrected')).toMatchObject({ quantity: '60', amends_event_id: journey.h1Harvest.eventId });
    expect(rows.find((r) => r.traceability_lot_code === lots.jam && r.critical_tracking_event === 'Transformation')).toMatchObject({
      quantity: '121', input_lot_codes: `${lots.berries}; ${lots.sugar}`, output_lot_codes: lots.jam,
    });
    expect(rows.find((r) => r.traceability_lot_code === lots.jars && r.tamga_event_type === 'lot.received')).toMatchObject({
      quantity: '19', source_party_id: keys.processor.partyId, source_location_id: ids.workshop, destination_party_id: keys.shop.partyId, destination_location_id: ids.shop,
    });
  });

  it('the date-range spreadsheet holds every event that happened in the range, in time order', async () => {
    const { lots } = journey;
    const response = await inspector('GET', '/events.csv?from=2026-09-05&to=2026-09-09');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="tamga-events-2026-09-05-2026-09-09.csv"');
    const rows = csvObjects(parseCsv((await response.text()).replace(/^\uFEFF/, '')));
    const mine = new Set(Object.values(lots));
    const ours = rows.filter((r) => mine.has(r.traceability_lot_code));
    expect(ours.map((r) => [r.event_date, r.tamga_event_type, r.traceability_lot_code])).toEqual([
      ['2026-09-05', 'lot.transformed', lots.berries],
      ['2026-09-05', 'lot.transformed', lots.jam],
      ['2026-09-05', 'lot.transformed', lots.sugar],
      ['2026-09-06', 'lot.split', lots.jam],
      ['2026-09-06', 'lot.split', lots.jars],
      ['2026-09-06', 'lot.split', lots.bulk],
      ['2026-09-07', 'lot.packed', lots.jars],
      ['2026-09-08', 'lot.shipped', lots.jars],
      ['2026-09-08', 'lot.received', lots.jars],
      ['2026-09-09', 'lot.shipped', lots.bulk],
      ['2026-09-09', 'lot.received', lots.bulk],
    ]);
    expect(rows.map((r) => r.event_time)).toEqual(rows.map((r) => r.event_time).sort());
  });
});

import { demoGln, demoGtin13 } from '#tamga/domain';
import { Call, callWith } from '../../support/master-data-api';
import { TestKey, adminKey, partyWithKey } from '../../support/test-keys';
import { jsonOf, unique } from '../../support/test-infrastructure';

/** What the inspector's journey recorded: its ids, lots, the parties' keys and the events amended. */
export type InspectorJourney = Awaited<ReturnType<typeof recordInspectorJourney>>;

const at = (day: string, time = '09:00') => `2026-09-${day}T${time}:00+06:00`;
const kg = (amount: number) => ({ amount, unit: 'kg' });

/**
 * Records over the capture API, each fact with its own party's key, a season an inspector then
 * audits: sea-buckthorn harvested in Ak-Suu (62 kg, corrected to 60) and in Kyzyl-Suu (40 kg; the
 * village is not registered for it, so the harvest is flagged), beet sugar from Kaindy (30 kg),
 * all delivered to the Karakol workshop; the berries merged, cooked with the sugar into 121 kg of
 * jam (a yield at the top of its bound), split into 71 + 50 kg; 100 jars packed from the first,
 * 20 kg sent to the OVOP shop (19 arrive) where 3 jars are sold, then recalled; 50 kg sent to the
 * exporter, 40 exported to Japan, the rest held.
 */
export async function recordInspectorJourney(captureUrl: () => string) {
  const tag = unique('').slice(0, 6);
  const id = (kind: string, name: string) => `${kind}:${name}-${tag}`;
  const lotCode = (name: string) => `${name}-${tag}`.toUpperCase();
  const ids = {
    region: id('region', 'issyk-kul'), district: id('district', 'ak-suu'),
    akSuu: id('village', 'ak-suu'), kyzylSuu: id('village', 'kyzyl-suu'), kaindy: id('village', 'kaindy'),
    plotA: id('plot', 'ak-suu-1'), plotB: id('plot', 'kyzyl-suu-1'), plotC: id('plot', 'kaindy-1'),
    workshop: id('workshop', 'karakol-jam'), city: id('city', 'bishkek'), shop: id('shop', 'ovop-bishkek'), warehouse: id('warehouse', 'bishkek-export'),
    berries: id('product', 'sea-buckthorn'), sugar: id('product', 'beet-sugar'), jam: id('product', 'sea-buckthorn-jam'),
  };
  const lots = { h1: lotCode('H1'), h2: lotCode('H2'), sugar: lotCode('S'), berries: lotCode('B'), jam: lotCode('J'), jars: lotCode('J1'), bulk: lotCode('J2') };
  const admin = await adminKey();
  const call = (key: TestKey): Call => callWith(captureUrl, () => key.headers);
  const record = async (key: TestKey, path: string, body: unknown): Promise<{ lotId: string; eventId: string; type: string }[]> => {
    const response = await call(key)('POST', path, body);
    const answer = await jsonOf(response);
    if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.recorded;
  };
  const names = (en: string) => ({ ky: en, ru: en, en });
  const gln = (n: number) => demoGln('7700', String(Math.floor(Math.random() * 900) * 100 + n).padStart(5, '0'));
  const places = [
    { placeId: ids.region, kind: 'region', names: names('Issyk-Kul') },
    { placeId: ids.district, kind: 'district', names: names('Ak-Suu'), parentId: ids.region },
    ...[[ids.akSuu, 'Ak-Suu'], [ids.kyzylSuu, 'Kyzyl-Suu'], [ids.kaindy, 'Kaindy']].map(([placeId, en]) => ({ placeId, kind: 'village', names: names(en), parentId: ids.district })),
    { placeId: ids.plotA, kind: 'plot', names: names('Ak-Suu orchard'), parentId: ids.akSuu },
    { placeId: ids.plotB, kind: 'plot', names: names('Kyzyl-Suu shore'), parentId: ids.kyzylSuu },
    { placeId: ids.plotC, kind: 'plot', names: names('Kaindy beet field'), parentId: ids.kaindy },
    { placeId: ids.workshop, kind: 'workshop', names: names('Karakol jam kitchen'), parentId: ids.district },
    { placeId: ids.city, kind: 'city', names: names('Bishkek') },
    { placeId: ids.shop, kind: 'shop', names: names('OVOP shop, 114 Chui Avenue'), parentId: ids.city },
    { placeId: ids.warehouse, kind: 'warehouse', names: names('Export warehouse'), parentId: ids.city },
  ];
  for (const [i, place] of places.entries()) await record(admin, '/places', { ...place, gln: gln(i) });
  const gtin = () => demoGtin13('7700', String(Math.floor(Math.random() * 100_000)).padStart(5, '0'));
  await record(admin, '/products', { productId: ids.berries, gtin: gtin(), names: names('Sea-buckthorn'), category: 'berries', unit: 'kg' });
  await record(admin, '/products', { productId: ids.sugar, gtin: gtin(), names: names('Beet sugar'), category: 'sugar', unit: 'kg' });
  await record(admin, '/products', {
    productId: ids.jam, gtin: gtin(), names: names('Sea-buckthorn jam'), category: 'jam', unit: 'kg',
    yieldBounds: [{ process: 'cooking', inputProductIds: [ids.berries, ids.sugar].sort(), min: 0.7, max: 0.95 }],
  });
  await record(admin, `/villages/${ids.akSuu}/specialisations`, { productId: ids.berries, since: '2012-05-01' });
  await record(admin, `/villages/${ids.kaindy}/specialisations`, { productId: ids.sugar, since: '2012-05-01' });
  const party = (kind: 'producer' | 'processor' | 'shop' | 'exporter' | 'inspector', name: string, operates: string[]) =>
    partyWithKey({ partyId: id(kind, name), kinds: [kind], operatesPlaceIds: operates });
  const keys = {
    admin,
    aigul: await party('producer', 'aigul', [ids.plotA]),
    bermet: await party('producer', 'bermet', [ids.plotB]),
    kanat: await party('producer', 'kanat', [ids.plotC]),
    processor: await party('processor', 'karakol-jam', [ids.workshop]),
    shop: await party('shop', 'ovop', [ids.shop]),
    exporter: await party('exporter', 'ak-jol', [ids.warehouse]),
    inspector: await party('inspector', 'nurlan', []),
  };
  const { aigul, bermet, kanat, processor, shop, exporter, inspector } = keys;

  const harvest = (key: TestKey, lotId: string, villageId: string, placeId: string, productId: string, amount: number, day: string) =>
    record(key, '/harvests', { lotId, villageId, placeId, productId, quantity: kg(amount), harvestedAt: at(day, '07:00'), location: { latitude: 42.5, longitude: 78.3 } });
  const [h1Harvest] = await harvest(aigul, lots.h1, ids.akSuu, ids.plotA, ids.berries, 62, '01');
  const [h1Correction] = await record(aigul, `/lots/${lots.h1}/corrections`, { correctsEventId: h1Harvest.eventId, reason: 'the scale showed the crate', quantity: kg(60), correctedAt: at('01', '12:00') });
  await harvest(bermet, lots.h2, ids.kyzylSuu, ids.plotB, ids.berries, 40, '02');
  await harvest(kanat, lots.sugar, ids.kaindy, ids.plotC, ids.sugar, 30, '02');
  for (const [key, lotId, from, amount] of [[aigul, lots.h1, ids.plotA, 60], [bermet, lots.h2, ids.plotB, 40], [kanat, lots.sugar, ids.plotC, 30]] as const) {
    const shipmentId = unique('S-');
    await record(key, '/shipments', { shipmentId, fromPlaceId: from, to: { partyId: processor.partyId, placeId: ids.workshop }, lots: [{ lotId, quantity: kg(amount) }], documents: [{ type: 'waybill', id: `WB-${lotId}` }], shippedAt: at('03') });
    await record(processor, `/shipments/${shipmentId}/receipts`, { lots: [{ lotId, quantity: kg(amount) }], receivedAt: at('03', '15:00') });
  }
  await record(processor, '/merges', { inputs: [{ lotId: lots.h1, quantity: kg(60) }, { lotId: lots.h2, quantity: kg(40) }], outputLotId: lots.berries, placeId: ids.workshop, mergedAt: at('04') });
  await record(processor, '/transformations', {
    process: 'cooking', placeId: ids.workshop, transformedAt: at('05'),
    inputs: [{ lotId: lots.berries, quantity: kg(100) }, { lotId: lots.sugar, quantity: kg(30) }],
    outputs: [{ lotId: lots.jam, productId: ids.jam, quantity: kg(121) }],
  });
  await record(processor, '/splits', { lotId: lots.jam, placeId: ids.workshop, outputs: [{ lotId: lots.jars, quantity: kg(71) }, { lotId: lots.bulk, quantity: kg(50) }], splitAt: at('06') });
  const serials = Array.from({ length: 100 }, (_, i) => `R${String(i + 1).padStart(4, '0')}`);
  await record(processor, `/lots/${lots.jars}/packings`, { placeId: ids.workshop, unitSize: { amount: 500, unit: 'g' }, serials, packedAt: at('07') });
  const toShop = unique('S-');
  await record(processor, '/shipments', { shipmentId: toShop, fromPlaceId: ids.workshop, to: { partyId: shop.partyId, placeId: ids.shop }, lots: [{ lotId: lots.jars, quantity: kg(20) }], shippedAt: at('08') });
  await record(shop, `/shipments/${toShop}/receipts`, { lots: [{ lotId: lots.jars, quantity: kg(19) }], receivedAt: at('08', '18:00') });
  await record(shop, `/lots/${lots.jars}/sales`, { shopPlaceId: ids.shop, serials: serials.slice(0, 3), soldAt: at('10', '12:00') });
  const toExporter = unique('S-');
  await record(processor, '/shipments', { shipmentId: toExporter, fromPlaceId: ids.workshop, to: { partyId: exporter.partyId, placeId: ids.warehouse }, lots: [{ lotId: lots.bulk, quantity: kg(50) }], shippedAt: at('09') });
  await record(exporter, `/shipments/${toExporter}/receipts`, { lots: [{ lotId: lots.bulk, quantity: kg(50) }], receivedAt: at('09', '20:00') });
  const exportId = unique('EX-');
  await record(exporter, '/exports', {
    shipmentId: exportId, fromPlaceId: ids.warehouse, lots: [{ lotId: lots.bulk, quantity: kg(40) }], destinationCountry: 'JP',
    buyer: { name: 'Hokkaido Natural Foods, K.K.', country: 'JP' }, customsDeclaration: `CD-${tag}`, certificateOfOrigin: `CT1-${tag}`,
    hsCode: '2007.99', exportedAt: at('12'),
  });
  await record(inspector, `/lots/${lots.bulk}/holds`, { reason: 'jar seals to be checked', heldAt: at('14') });
  await record(inspector, `/lots/${lots.jars}/recalls`, { reason: 'a lid supplier recalled its lids', scope: 'whole-lot', recalledAt: at('15') });
  return { tag, ids, lots, keys, serials, exportId, h1Harvest, h1Correction };
}

import { demoGln, demoGtin13 } from '#tamga/domain';
import { callWith } from '../../tests/support/master-data-api';
import { TestKey, adminKey, partyWithKey } from '../../tests/support/test-keys';

const at = (day: string, time = '09:00') => `2026-09-${day}T${time}:00+06:00`;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const en = (name: string) => ({ ky: name, ru: name, en: name });
const HARVEST_KG = 10;

/**
 * Records over the capture API, each fact with its own party's key (all server-signed: none has a
 * signing key), an export whose trace back holds about 4 events per harvested lot: three producers
 * each harvest `lotsPerProducer` lots of sea-buckthorn, ship them to a jam kitchen in one shipment
 * (one event on every lot), which receives them (one more each) and merges each producer's lots
 * (one each, plus the new lot); the three pools are merged, shipped to the exporter's warehouse,
 * received and exported. 40 lots each: 490 events. (A fact touches at most 50 lots, so the pooling
 * goes in two steps.) Returns the export's shipment id.
 */
export async function recordBundleJourney(captureUrl: string, run: string, lotsPerProducer: number): Promise<string> {
  const id = (kind: string, name: string) => `${kind}:bench-${name}-${run}`;
  const lot = (code: string) => `X${run}${code}`.toUpperCase();
  const admin = await adminKey();
  const record = async (key: TestKey, path: string, body: unknown, method = 'POST') => {
    const response = await callWith(() => captureUrl, () => key.headers)(method, path, body);
    const text = await response.text();
    if (response.status !== 201 && response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 1500)}`);
  };
  let ref = 0;
  // The harvest world's GLNs and GTINs use company reference 0077; these use 0078.
  const gln = () => demoGln('0078', String(ref++).padStart(5, '0'));
  const gtin = () => demoGtin13('0078', String(ref++).padStart(5, '0'));
  const producers = ['p1', 'p2', 'p3'];
  const ids = {
    region: id('region', 'naryn'),
    district: id('district', 'at-bashy'),
    workshop: id('workshop', 'kitchen'),
    city: id('city', 'bishkek'),
    warehouse: id('warehouse', 'export-bay'),
    berries: id('product', 'sea-buckthorn'),
  };
  const village = (p: string) => id('village', p);
  const plot = (p: string) => id('plot', p);
  const places = [
    { placeId: ids.region, kind: 'region', names: en('Naryn') },
    { placeId: ids.district, kind: 'district', names: en('At-Bashy'), parentId: ids.region },
    ...producers.map((p) => ({ placeId: village(p), kind: 'village', names: en(`Village ${p}`), parentId: ids.district })),
    ...producers.map((p) => ({ placeId: plot(p), kind: 'plot', names: en(`Plot ${p}`), parentId: village(p) })),
    { placeId: ids.workshop, kind: 'workshop', names: en('Jam kitchen'), parentId: ids.district },
    { placeId: ids.city, kind: 'city', names: en('Bishkek') },
    { placeId: ids.warehouse, kind: 'warehouse', names: en('Export bay'), parentId: ids.city },
  ];
  for (const place of places) await record(admin, '/places', { ...place, gln: gln() });
  await record(admin, '/products', { productId: ids.berries, gtin: gtin(), names: en('Sea-buckthorn'), category: 'berries', unit: 'kg' });
  for (const p of producers) await record(admin, `/villages/${village(p)}/specialisations`, { productId: ids.berries, since: '2012-05-01' });
  const keys = Object.fromEntries(
    await Promise.all(producers.map(async (p) => [p, await partyWithKey({ partyId: id('producer', p), kinds: ['producer'], operatesPlaceIds: [plot(p)] })] as const)),
  );
  const processor = await partyWithKey({ partyId: id('processor', 'kitchen'), kinds: ['processor'], operatesPlaceIds: [ids.workshop] });
  const exporter = await partyWithKey({ partyId: id('exporter', 'ak-jol'), kinds: ['exporter'], operatesPlaceIds: [ids.warehouse] });

  const pools: string[] = [];
  for (const [n, p] of producers.entries()) {
    const lots = Array.from({ length: lotsPerProducer }, (_, i) => lot(`${n}${String(i).padStart(3, '0')}`));
    for (const [i, lotId] of lots.entries()) {
      await record(keys[p], '/harvests', {
        lotId, villageId: village(p), placeId: plot(p), productId: ids.berries, quantity: kg(HARVEST_KG),
        harvestedAt: at('01', `07:${String(i % 60).padStart(2, '0')}`), location: { latitude: 41.2, longitude: 75.8 },
      });
    }
    const quantities = lots.map((lotId) => ({ lotId, quantity: kg(HARVEST_KG) }));
    const shipmentId = `shipment-${run}-${p}`;
    await record(keys[p], '/shipments', { shipmentId, fromPlaceId: plot(p), to: { partyId: processor.partyId, placeId: ids.workshop }, lots: quantities, shippedAt: at('03') });
    await record(processor, `/shipments/${shipmentId}/receipts`, { lots: quantities, receivedAt: at('03', '15:00') });
    const pool = lot(`M${n}`);
    await record(processor, '/merges', { inputs: quantities, outputLotId: pool, placeId: ids.workshop, mergedAt: at('04') });
    pools.push(pool);
  }
  const poolKg = lotsPerProducer * HARVEST_KG;
  const all = lot('F');
  await record(processor, '/merges', { inputs: pools.map((lotId) => ({ lotId, quantity: kg(poolKg) })), outputLotId: all, placeId: ids.workshop, mergedAt: at('05') });
  const totalKg = poolKg * pools.length;
  const toExporter = `shipment-${run}-exporter`;
  await record(processor, '/shipments', { shipmentId: toExporter, fromPlaceId: ids.workshop, to: { partyId: exporter.partyId, placeId: ids.warehouse }, lots: [{ lotId: all, quantity: kg(totalKg) }], shippedAt: at('06') });
  await record(exporter, `/shipments/${toExporter}/receipts`, { lots: [{ lotId: all, quantity: kg(totalKg) }], receivedAt: at('06', '15:00') });
  const exportId = `EX-${run}`;
  await record(exporter, '/exports', {
    shipmentId: exportId, fromPlaceId: ids.warehouse, lots: [{ lotId: all, quantity: kg(totalKg) }], destinationCountry: 'JP',
    buyer: { name: 'Kyoto Mountain Foods K.K.', country: 'JP' }, customsDeclaration: `CD-${run}`, certificateOfOrigin: `KG-CO-${run}`, hsCode: '0810.90', exportedAt: at('08'),
  });
  return exportId;
}

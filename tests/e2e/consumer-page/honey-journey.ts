import { demoGln, demoGtin13, gtinOf } from '#tamga/domain';
import { Call, callWith } from '../../support/master-data-api';
import { TestKey, adminKey, partyWithKey } from '../../support/test-keys';
import { eventually, jsonOf, unique } from '../../support/test-infrastructure';

/** What a consumer-page test resolves: the codes of a recorded journey and what its page must say. */
export interface HoneyJourney {
  readonly honeyGtin: string;
  readonly combGtin: string;
  readonly honeyLot: string;
  readonly combLots: readonly [string, string];
  /** A comb-honey lot its producer recalled whole. */
  readonly recalledLot: string;
  /** Gift jars divided from the honey lot: two steps from the harvests. */
  readonly giftLot: string;
  /** J0001 and J0002 were sold at the shop; J0005 is recalled on its own. */
  readonly serials: readonly string[];
  readonly ids: Readonly<Record<string, string>>;
}

/** Records a fact; fails the test with the problem if Tamga refused it. Returns the events it recorded. */
async function record(call: Call, path: string, body: unknown): Promise<{ lotId: string; type: string }[]> {
  const response = await call('POST', path, body);
  const answer = await jsonOf(response);
  if (response.status !== 201) throw new Error(`POST ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
  return answer.recorded ?? [];
}

/**
 * Records, over HTTP with each party's own key, white sainfoin honey extracted from two villages'
 * comb honey from an apiary in each, packed into jars, tested, certified
 * under four schemes (organic and "Made in Kyrgyzstan" stay valid, halal is revoked, the regional
 * brand's period ended on 30 June and its expiry is recorded), sold at the Bishkek shop, exported
 * to Japan, divided into gift lots, one jar recalled; and a separate comb-honey lot recalled whole. Waits until the read
 * models hold all of it. Village names have no Japanese or Chinese (fallback), the honey has both.
 */
export async function recordHoneyJourney(captureUrl: () => string, provenanceUrl: () => string): Promise<HoneyJourney> {
  const tag = unique('').slice(0, 6);
  const id = (kind: string, name: string) => `${kind}:${name}-${tag}`;
  const ids = {
    region: id('region', 'issyk-kul'), district: id('district', 'jeti-oguz'),
    tamga: id('village', 'tamga'), barskoon: id('village', 'barskoon'), apiary: id('apiary', 'tamga-1'), apiaryB: id('apiary', 'barskoon-2'),
    workshop: id('workshop', 'honey-house'), city: id('city', 'bishkek'), shop: id('shop', 'ovop'), warehouse: id('warehouse', 'export'),
    comb: id('product', 'comb-honey'), honey: id('product', 'sainfoin-honey'),
    organic: id('scheme', 'organic'), mik: id('scheme', 'made-in-kg'), halal: id('scheme', 'halal'), brand: id('scheme', 'issyk-kul'),
  };
  const admin = await adminKey();
  const as = (key: TestKey) => callWith(captureUrl, () => key.headers);
  const asAdmin = as(admin);
  const gln = (n: number) => demoGln('7711', String(Math.floor(Math.random() * 900) * 100 + n).padStart(5, '0'));
  const names = (en: string, ky: string, ru: string) => ({ ky, ru, en });
  const places = [
    { placeId: ids.region, kind: 'region', names: names('Issyk-Kul Region', 'Ысык-Көл облусу', 'Иссык-Кульская область') },
    { placeId: ids.district, kind: 'district', parentId: ids.region, names: names('Jeti-Oguz District', 'Жети-Өгүз району', 'Джети-Огузский район') },
    { placeId: ids.tamga, kind: 'village', parentId: ids.district, names: names('Tamga', 'Тамга', 'Тамга'), geometry: { type: 'Point', coordinates: [77.551, 42.155] } },
    { placeId: ids.barskoon, kind: 'village', parentId: ids.district, names: names('Barskoon', 'Барскоон', 'Барскоон'), geometry: { type: 'Point', coordinates: [77.603, 42.154] } },
    { placeId: ids.apiary, kind: 'apiary', parentId: ids.tamga, names: names('Tamga apiary 1', 'Тамга омартасы №1', 'Тамга, пасека №1') },
    { placeId: ids.apiaryB, kind: 'apiary', parentId: ids.barskoon, names: names('Barskoon apiary 2', 'Барскоон омартасы №2', 'Барскоон, пасека №2') },
    { placeId: ids.workshop, kind: 'workshop', parentId: ids.tamga, names: names('Tamga honey house', 'Тамга бал үйү', 'Медовый дом Тамги') },
    { placeId: ids.city, kind: 'city', names: names('Bishkek', 'Бишкек шаары', 'город Бишкек') },
    { placeId: ids.shop, kind: 'shop', parentId: ids.city, names: names('OVOP shop', 'ОСОП дүкөнү', 'Магазин ОСОП') },
    { placeId: ids.warehouse, kind: 'warehouse', parentId: ids.city, names: names('Export warehouse', 'Экспорт кампасы', 'Экспортный склад') },
  ];
  for (const [i, place] of places.entries()) await record(asAdmin, '/places', { ...place, gln: gln(i) });
  const gtin13 = () => demoGtin13('7711', String(Math.floor(Math.random() * 100_000)).padStart(5, '0'));
  const [combGtin13, honeyGtin13] = [gtin13(), gtin13()];
  await record(asAdmin, '/products', { productId: ids.comb, gtin: combGtin13, names: names('Comb honey', 'Уячалуу бал', 'Сотовый мёд'), category: 'honey', unit: 'kg' });
  await record(asAdmin, '/products', {
    productId: ids.honey, gtin: honeyGtin13, category: 'honey', unit: 'kg',
    names: { ...names('White sainfoin honey', 'Ак эспарцет балы', 'Белый эспарцетовый мёд'), ja: '白いイガマメ蜂蜜', zh: '白色驴食草蜂蜜' },
    yieldBounds: [{ process: 'extraction', inputProductIds: [ids.comb], min: 0.6, max: 0.85 }],
  });
  for (const village of [ids.tamga, ids.barskoon]) await record(asAdmin, `/villages/${village}/specialisations`, { productId: ids.comb, since: '2012-05-01' });
  const party = (kind: string, operates: string[] = []) => partyWithKey({ partyId: id(kind, 'page'), kinds: [kind as never], operatesPlaceIds: operates });
  const producerA = await partyWithKey({ partyId: id('producer', 'tamga-1'), kinds: ['producer'], operatesPlaceIds: [ids.apiary] });
  const producerB = await partyWithKey({ partyId: id('producer', 'barskoon-1'), kinds: ['producer'], operatesPlaceIds: [ids.apiaryB] });
  const processor = await party('processor', [ids.workshop]);
  const shop = await party('shop', [ids.shop]);
  const exporter = await party('exporter', [ids.warehouse]);
  const lab = await party('lab');
  const inspector = await party('inspector');
  const certifier = await party('certifier');
  const schemes = [
    { schemeId: ids.organic, kind: 'organic', names: { ...names('Organic', 'Органикалык продукция', 'Органическая продукция'), ja: '有機', zh: '有机' } },
    { schemeId: ids.mik, kind: 'national-brand', names: names('Made in Kyrgyzstan', 'Кыргызстанда жасалган', 'Сделано в Кыргызстане') },
    { schemeId: ids.halal, kind: 'halal', names: names('Halal', 'Халал', 'Халяль') },
    { schemeId: ids.brand, kind: 'regional-brand', regionId: ids.region, names: names('Issyk-Kul regional brand', 'Ысык-Көл бренди', 'Бренд «Иссык-Куль»') },
  ];
  for (const scheme of schemes) await record(asAdmin, '/schemes', { ...scheme, issuerPartyId: certifier.partyId });

  const [c1, c2, recalledLot, honeyLot, giftLot, giftLot2] = [unique('C-'), unique('C-'), unique('C-'), unique('HN-'), unique('GF-'), unique('GF-')];
  const harvest = (lotId: string, villageId: string, kg: number, at: string, extra: Record<string, unknown> = {}) => ({
    lotId, villageId, productId: ids.comb, quantity: { amount: kg, unit: 'kg' }, harvestedAt: at, location: { latitude: 42.15, longitude: 77.56 }, ...extra,
  });
  await record(as(producerA), '/harvests', harvest(c1, ids.tamga, 60, '2026-06-10T06:30:00+06:00', { placeId: ids.apiary }));
  const barskoonSite = { placeId: ids.apiaryB, location: { latitude: 42.13, longitude: 77.61 } };
  await record(as(producerB), '/harvests', harvest(c2, ids.barskoon, 40, '2026-06-11T06:30:00+06:00', barskoonSite));
  await record(as(producerB), '/harvests', harvest(recalledLot, ids.barskoon, 10, '2026-06-12T06:30:00+06:00', barskoonSite));
  await record(as(producerB), `/lots/${recalledLot}/recalls`, { scope: 'whole-lot', reason: 'Smoke residue found in the comb', recalledAt: '2026-06-14T09:00:00+06:00' });
  for (const [producer, lotId, kg, from] of [[producerA, c1, 60, ids.apiary], [producerB, c2, 40, ids.apiaryB]] as const) {
    const shipmentId = unique('S-');
    await record(as(producer), '/shipments', {
      shipmentId, fromPlaceId: from, to: { partyId: processor.partyId, placeId: ids.workshop },
      lots: [{ lotId, quantity: { amount: kg, unit: 'kg' } }], shippedAt: '2026-06-15T08:00:00+06:00',
    });
    await record(as(processor), `/shipments/${shipmentId}/receipts`, { lots: [{ lotId, quantity: { amount: kg, unit: 'kg' } }], receivedAt: '2026-06-15T12:00:00+06:00' });
  }
  let honeyEvents = 0;
  const onHoney = (events: { lotId: string }[]) => (honeyEvents += events.filter((e) => e.lotId === honeyLot).length);
  onHoney(await record(as(processor), '/transformations', {
    process: 'extraction', placeId: ids.workshop, transformedAt: '2026-06-20T10:00:00+06:00',
    inputs: [{ lotId: c1, quantity: { amount: 60, unit: 'kg' } }, { lotId: c2, quantity: { amount: 40, unit: 'kg' } }],
    outputs: [{ lotId: honeyLot, productId: ids.honey, quantity: { amount: 70, unit: 'kg' } }],
  }));
  const serials = Array.from({ length: 20 }, (_, i) => `J${String(i + 1).padStart(4, '0')}`);
  onHoney(await record(as(processor), `/lots/${honeyLot}/packings`, { placeId: ids.workshop, unitSize: { amount: 500, unit: 'g' }, serials, packedAt: '2026-06-22T10:00:00+06:00' }));
  const certify = async (schemeId: string, certificateId: string, validUntil: string) =>
    onHoney(await record(as(certifier), `/lots/${honeyLot}/certifications`, { certificateId, schemeId, validFrom: '2026-06-23', validUntil, certifiedAt: '2026-06-23T09:00:00+06:00' }));
  await certify(ids.organic, `ORG-${tag}`, '2027-06-22');
  await certify(ids.mik, `MIK-${tag}`, '2027-06-22');
  await certify(ids.halal, `HAL-${tag}`, '2027-06-22');
  await certify(ids.brand, `IKB-${tag}`, '2026-06-30');
  onHoney(await record(as(lab), `/lots/${honeyLot}/inspections`, {
    results: [{ parameter: 'moisture', value: 17.4, unit: '%', max: 20 }, { parameter: 'HMF', value: 12, unit: 'mg/kg', max: 40 }],
    inspectedAt: '2026-06-24T10:00:00+06:00',
  }));
  const toShop = unique('S-');
  onHoney(await record(as(processor), '/shipments', {
    shipmentId: toShop, fromPlaceId: ids.workshop, to: { partyId: shop.partyId, placeId: ids.shop },
    lots: [{ lotId: honeyLot, quantity: { amount: 5, unit: 'kg' } }], shippedAt: '2026-06-25T08:00:00+06:00',
  }));
  onHoney(await record(as(shop), `/shipments/${toShop}/receipts`, { lots: [{ lotId: honeyLot, quantity: { amount: 5, unit: 'kg' } }], receivedAt: '2026-06-25T18:00:00+06:00' }));
  onHoney(await record(as(certifier), `/lots/${honeyLot}/certifications/HAL-${tag}/revocation`, { reason: 'the slaughter-free claim was not audited', revokedAt: '2026-07-01T09:00:00+06:00' }));
  onHoney(await record(as(certifier), `/lots/${honeyLot}/certifications/IKB-${tag}/expiry`, { expiredAt: '2026-07-01T09:00:00+06:00' }));
  onHoney(await record(as(shop), `/lots/${honeyLot}/sales`, { shopPlaceId: ids.shop, serials: ['J0001', 'J0002'], soldAt: '2026-07-05T12:00:00+06:00' }));
  const toExporter = unique('S-');
  onHoney(await record(as(processor), '/shipments', {
    shipmentId: toExporter, fromPlaceId: ids.workshop, to: { partyId: exporter.partyId, placeId: ids.warehouse },
    lots: [{ lotId: honeyLot, quantity: { amount: 20, unit: 'kg' } }], shippedAt: '2026-07-08T08:00:00+06:00',
  }));
  onHoney(await record(as(exporter), `/shipments/${toExporter}/receipts`, { lots: [{ lotId: honeyLot, quantity: { amount: 20, unit: 'kg' } }], receivedAt: '2026-07-08T20:00:00+06:00' }));
  onHoney(await record(as(exporter), '/exports', {
    fromPlaceId: ids.warehouse, lots: [{ lotId: honeyLot, quantity: { amount: 20, unit: 'kg' } }], destinationCountry: 'JP',
    buyer: { name: 'Hokkaido Natural Foods K.K.', country: 'JP' }, customsDeclaration: `CD-${tag}`, certificateOfOrigin: `CT1-${tag}`,
    hsCode: '0409.00', exportedAt: '2026-07-10T09:00:00+06:00',
  }));
  // Honey divided into gift lots at the workshop: a lot two steps from its harvests.
  onHoney(await record(as(processor), '/splits', {
    lotId: honeyLot, placeId: ids.workshop, splitAt: '2026-07-11T10:00:00+06:00',
    outputs: [{ lotId: giftLot, quantity: { amount: 3, unit: 'kg' } }, { lotId: giftLot2, quantity: { amount: 2, unit: 'kg' } }],
  }));
  onHoney(await record(as(inspector), `/lots/${honeyLot}/recalls`, { scope: 'listed-units', serials: ['J0005'], reason: 'Cracked lid', recalledAt: '2026-07-12T09:00:00+06:00' }));

  const provenance = callWith(provenanceUrl);
  const projected = async (lotId: string, version: number) => {
    const response = await provenance('GET', `/lots/${lotId}`);
    return response.status === 200 && (await jsonOf(response)).version >= version ? true : undefined;
  };
  await eventually(() => projected(honeyLot, honeyEvents), 20_000, `honey lot ${honeyLot} projected`);
  await eventually(() => projected(recalledLot, 2), 20_000, `recalled lot ${recalledLot} projected`);
  for (const lotId of [c1, c2]) await eventually(() => projected(lotId, 4), 20_000, `comb lot ${lotId} projected`);
  await eventually(() => projected(giftLot, 1), 20_000, `gift lot ${giftLot} projected`);
  return { honeyGtin: gtinOf(honeyGtin13), combGtin: gtinOf(combGtin13), honeyLot, combLots: [c1, c2], recalledLot, giftLot, serials, ids };
}

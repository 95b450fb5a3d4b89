import { LotEventRecord, LotStorySource, MasterDataRecords, PlaceRecord, ProductRecord, SchemeRecord } from './lot-story-source';

/** A honey lot extracted from two villages' comb honey, packed, tested, certified, sold and exported: for page tests. */
export const HONEY_GTIN = '04701234000014';

let n = 0;
export function event(type: string, occurredAt: string, data: Record<string, unknown>, eventId = `e-${++n}`): LotEventRecord {
  return { eventId, type, version: n, occurredAt, recordedAt: occurredAt, data };
}

const place = (placeId: string, kind: string, names: Record<string, string>, parentId: string | null, point?: [number, number]): [string, PlaceRecord] => [
  placeId,
  { placeId, kind, names, parentId, geometry: point ? { type: 'Point', coordinates: point } : null, version: 1 },
];

export const MASTER_DATA: MasterDataRecords = {
  products: new Map<string, ProductRecord>([
    ['product:comb-honey', { productId: 'product:comb-honey', gtin: '04701234000021', names: { ky: 'Уячалуу бал', ru: 'Сотовый мёд', en: 'Comb honey' }, category: 'honey', unit: 'KGM', version: 1 }],
    ['product:honey', {
      productId: 'product:honey', gtin: HONEY_GTIN, category: 'honey', unit: 'KGM', version: 2,
      names: { ky: 'Ак эспарцет балы', ru: 'Белый эспарцетовый мёд', en: 'White sainfoin honey', ja: '白いイガマメ蜂蜜', zh: '白色驴食草蜂蜜' },
    }],
  ]),
  places: new Map([
    place('region:issyk-kul', 'region', { ky: 'Ысык-Көл облусу', ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' }, null),
    place('district:jeti-oguz', 'district', { ky: 'Жети-Өгүз району', ru: 'Джети-Огузский район', en: 'Jeti-Oguz District' }, 'region:issyk-kul'),
    place('village:tamga', 'village', { ky: 'Тамга', ru: 'Тамга', en: 'Tamga' }, 'district:jeti-oguz', [77.551, 42.155]),
    place('village:barskoon', 'village', { ky: 'Барскоон', ru: 'Барскоон', en: 'Barskoon' }, 'district:jeti-oguz', [77.603, 42.154]),
    place('apiary:tamga-1', 'apiary', { ky: 'Тамга омартасы №1', ru: 'Тамга, пасека №1', en: 'Tamga apiary 1' }, 'village:tamga'),
    place('workshop:honey-house', 'workshop', { ky: 'Тамга бал үйү', ru: 'Медовый дом Тамги', en: 'Tamga honey house' }, 'village:tamga'),
    place('city:bishkek', 'city', { ky: 'Бишкек шаары', ru: 'город Бишкек', en: 'Bishkek' }, null),
    place('shop:ovop', 'shop', { ky: 'ОСОП дүкөнү', ru: 'Магазин ОСОП', en: 'OVOP shop' }, 'city:bishkek'),
  ]),
  schemes: new Map<string, SchemeRecord>([
    ['scheme:organic-kg', { schemeId: 'scheme:organic-kg', kind: 'organic', names: { ky: 'Органикалык продукция', ru: 'Органическая продукция', en: 'Organic', ja: '有機', zh: '有机' }, version: 1 }],
    ['scheme:made-in-kg', { schemeId: 'scheme:made-in-kg', kind: 'national-brand', names: { ky: 'Кыргызстанда жасалган', ru: 'Сделано в Кыргызстане', en: 'Made in Kyrgyzstan' }, version: 1 }],
  ]),
};

const harvest = (lotId: string, villageId: string, producerId: string, at: string, latitude: number, longitude: number) =>
  event('lot.harvested', at, { lotId, villageId, producerId, productId: 'product:comb-honey', placeId: villageId === 'village:tamga' ? 'apiary:tamga-1' : undefined, quantity: { amount: 50, unit: 'KGM' }, harvestedAt: at, location: { latitude, longitude } });

const extraction = event('lot.transformed', '2026-07-21T04:00:00Z', {
  transformationId: 'T-1', process: 'extraction', placeId: 'workshop:honey-house',
  inputs: [{ lotId: 'C-1', productId: 'product:comb-honey', quantity: { amount: 50, unit: 'KGM' } }, { lotId: 'C-2', productId: 'product:comb-honey', quantity: { amount: 40, unit: 'KGM' } }],
  outputs: [{ lotId: 'HN-1', productId: 'product:honey', quantity: { amount: 70, unit: 'KGM' } }],
  transformedAt: '2026-07-21T04:00:00Z',
});

const failedTest = event('lot.inspected', '2026-07-23T04:00:00Z', { inspectionId: 'I-1', lotId: 'HN-1', outcome: 'failed', results: [{ parameter: 'moisture', value: 21.2, unit: '%', max: 20, withinLimits: false }, { parameter: 'HMF', value: 12, unit: 'mg/kg', max: 40, withinLimits: true }], inspectedAt: '2026-07-23T04:00:00Z' });

/** The honey lot's own events, made once so that a test can point at one of them. */
export const HONEY_EVENTS: readonly LotEventRecord[] = [
  extraction,
  event('lot.packed', '2026-07-22T04:00:00Z', { packingId: 'P-1', lotId: 'HN-1', placeId: 'workshop:honey-house', unitSize: { amount: 500, unit: 'GRM' }, serials: ['J0001', 'J0002', 'J0003', 'J0005'], packedAt: '2026-07-22T04:00:00Z' }),
  failedTest,
  event('lot.inspected', '2026-07-30T04:00:00Z', { inspectionId: 'I-2', lotId: 'HN-1', outcome: 'passed', results: [{ parameter: 'moisture', value: 17.4, unit: '%', max: 20, withinLimits: true }], inspectedAt: '2026-07-30T04:00:00Z' }),
  event('lot.sold', '2026-08-01T06:00:00Z', { saleId: 'S-1', lotId: 'HN-1', quantity: { amount: 1, unit: 'KGM' }, serials: ['J0001', 'J0002'], at: { partyId: 'association:ovop', placeId: 'shop:ovop' }, soldAt: '2026-08-01T06:00:00Z' }),
  event('lot.exported', '2026-08-05T03:00:00Z', { shipmentId: 'X-1', lotId: 'HN-1', quantity: { amount: 20, unit: 'KGM' }, destinationCountry: 'JP', exportedAt: '2026-08-05T03:00:00Z' }),
];

/** The honey lot's source; pass `extra` events to add a recall, a hold... */
export function honeySource(extra: readonly LotEventRecord[] = [], lot: Partial<LotStorySource['lot']> = {}): LotStorySource {
  return {
    lot: {
      lotId: 'HN-1', productId: 'product:honey', status: 'active', createdAt: '2026-07-21T04:00:00Z', held: false, recallId: null, recalledUnits: 0, version: 9,
      certificates: [
        { certificateId: 'ORG-1', schemeId: 'scheme:organic-kg', validFrom: '2026-07-25', validUntil: '2027-07-24', issuerId: 'certifier:organic-kg', status: 'valid' },
        { certificateId: 'ORG-OLD', schemeId: 'scheme:organic-kg', validFrom: '2026-07-25', validUntil: '2027-07-24', issuerId: 'certifier:organic-kg', status: 'revoked' },
        { certificateId: 'MIK-1', schemeId: 'scheme:made-in-kg', validFrom: '2026-07-25', validUntil: '2026-08-01', issuerId: 'certifier:mik', status: 'valid' },
      ],
      ...lot,
    },
    events: [...HONEY_EVENTS, ...extra],
    upstream: [
      { lot: { lotId: 'C-1', productId: 'product:comb-honey', recallId: null, version: 4 }, depth: 1,
        events: [harvest('C-1', 'village:tamga', 'producer:tamga-1', '2026-07-11T00:30:00Z', 42.15, 77.56), extraction] },
      { lot: { lotId: 'C-2', productId: 'product:comb-honey', recallId: null, version: 4 }, depth: 1,
        events: [harvest('C-2', 'village:barskoon', 'producer:barskoon-1', '2026-07-12T00:30:00Z', 42.16, 77.6), extraction] },
    ],
    upstreamComplete: true,
  };
}

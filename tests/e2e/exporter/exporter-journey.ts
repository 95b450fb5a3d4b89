import { demoGln, demoGtin13 } from '#tamga/domain';
import { Call, callWith } from '../../support/master-data-api';
import { TestKey, adminKey, partyWithKey } from '../../support/test-keys';
import { jsonOf, unique } from '../../support/test-infrastructure';

const at = (day: string, time = '09:00') => `2026-09-${day}T${time}:00+06:00`;
const kg = (amount: number) => ({ amount, unit: 'kg' });

/** Names in the five languages of master data, as an exporter to Japan and China registers them. */
const NAMES = {
  ananyevo: { ky: 'Ананьево', ru: 'Ананьево', en: 'Ananyevo', ja: 'アナニエヴォ村', zh: '阿纳尼耶沃村' },
  akSuu: { ky: 'Ак-Суу', ru: 'Ак-Суу', en: 'Ak-Suu', ja: 'アクスー村', zh: '阿克苏村' },
  kaindy: { ky: 'Кайыңды', ru: 'Каинды', en: 'Kaindy', ja: 'カインディ村', zh: '凯因德村' },
  tamga: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga', ja: 'タムガ村', zh: '坦姆加村' },
  jam: { ky: 'Чычырканак джему', ru: 'Облепиховое варенье', en: 'Sea-buckthorn jam', ja: 'シーバックソーンのジャム', zh: '沙棘果酱' },
  honey: { ky: 'Ак эспарцет балы', ru: 'Белый эспарцетовый мёд', en: 'White sainfoin honey', ja: '白いイガマメの蜂蜜', zh: '白色驴食草蜂蜜' },
  organic: { ky: 'Органикалык', ru: 'Органический продукт', en: 'Organic', ja: '有機認証', zh: '有机认证' },
};

/** What the exporter's journey recorded: ids, lots, keys, the export and its buyer. */
export type ExporterJourney = Awaited<ReturnType<typeof recordExporterJourney>>;

/**
 * Records over the capture API, each fact with its own party's key, a season ending in one export
 * shipment of two lots: sea-buckthorn from Ananyevo (60 kg) and Ak-Suu (40 kg) merged and cooked
 * with Kaindy beet sugar (30 kg) into 121 kg of jam, split 71 + 50; 40 kg of the 50 exported to
 * Japan with 20 kg of Tamga honey. Ananyevo's berries are certified organic (in force on the
 * export day); the jam's bulk lot was certified too, but revoked before the export. A lab passes
 * the jam. A producer's personal details are registered, to show they never reach a dossier.
 */
export async function recordExporterJourney(captureUrl: () => string) {
  const tag = unique('').slice(0, 6);
  const id = (kind: string, name: string) => `${kind}:${name}-${tag}`;
  const lotCode = (name: string) => `${name}-${tag}`.toUpperCase();
  const ids = {
    region: id('region', 'issyk-kul'), district: id('district', 'ak-suu'),
    ananyevo: id('village', 'ananyevo'), akSuu: id('village', 'ak-suu'), kaindy: id('village', 'kaindy'), tamga: id('village', 'tamga'),
    plotA: id('plot', 'ananyevo-1'), plotB: id('plot', 'ak-suu-1'), plotC: id('plot', 'kaindy-1'), apiary: id('apiary', 'tamga-1'),
    workshop: id('workshop', 'karakol-jam'), city: id('city', 'bishkek'), warehouse: id('warehouse', 'manas-export'),
    berries: id('product', 'sea-buckthorn'), sugar: id('product', 'beet-sugar'), jam: id('product', 'sea-buckthorn-jam'), honey: id('product', 'sainfoin-honey'),
    organic: id('scheme', 'organic'),
  };
  const lots = { h1: lotCode('H1'), h2: lotCode('H2'), sugar: lotCode('S'), honey: lotCode('HN'), berries: lotCode('B'), jam: lotCode('J'), jars: lotCode('J1'), bulk: lotCode('J2') };
  const admin = await adminKey();
  const call = (key: TestKey): Call => callWith(captureUrl, () => key.headers);
  const record = async (key: TestKey, path: string, body: unknown, method = 'POST'): Promise<{ lotId: string; eventId: string; type: string }[]> => {
    const response = await call(key)(method, path, body);
    const answer = await jsonOf(response);
    if (response.status !== 201 && response.status !== 200) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer.recorded;
  };
  const en = (name: string) => ({ ky: name, ru: name, en: name });
  const gln = (n: number) => demoGln('7700', String(Math.floor(Math.random() * 900) * 100 + n).padStart(5, '0'));
  const places = [
    { placeId: ids.region, kind: 'region', names: en('Issyk-Kul') },
    { placeId: ids.district, kind: 'district', names: en('Ak-Suu'), parentId: ids.region },
    { placeId: ids.ananyevo, kind: 'village', names: NAMES.ananyevo, parentId: ids.district },
    { placeId: ids.akSuu, kind: 'village', names: NAMES.akSuu, parentId: ids.district },
    { placeId: ids.kaindy, kind: 'village', names: NAMES.kaindy, parentId: ids.district },
    { placeId: ids.tamga, kind: 'village', names: NAMES.tamga, parentId: ids.district },
    { placeId: ids.plotA, kind: 'plot', names: en('Ananyevo shore'), parentId: ids.ananyevo },
    { placeId: ids.plotB, kind: 'plot', names: en('Ak-Suu orchard'), parentId: ids.akSuu },
    { placeId: ids.plotC, kind: 'plot', names: en('Kaindy beet field'), parentId: ids.kaindy },
    { placeId: ids.apiary, kind: 'apiary', names: en('Tamga slope'), parentId: ids.tamga },
    { placeId: ids.workshop, kind: 'workshop', names: en('Karakol jam kitchen'), parentId: ids.district },
    { placeId: ids.city, kind: 'city', names: en('Bishkek') },
    { placeId: ids.warehouse, kind: 'warehouse', names: { ...en('Manas airport export bay'), ru: 'Экспортный склад, аэропорт Манас' }, parentId: ids.city },
  ];
  for (const [i, place] of places.entries()) await record(admin, '/places', { ...place, gln: gln(i) });
  const gtin = () => demoGtin13('7700', String(Math.floor(Math.random() * 100_000)).padStart(5, '0'));
  await record(admin, '/products', { productId: ids.berries, gtin: gtin(), names: en('Sea-buckthorn'), category: 'berries', unit: 'kg' });
  await record(admin, '/products', { productId: ids.sugar, gtin: gtin(), names: en('Beet sugar'), category: 'sugar', unit: 'kg' });
  await record(admin, '/products', { productId: ids.honey, gtin: gtin(), names: NAMES.honey, category: 'honey', unit: 'kg' });
  await record(admin, '/products', {
    productId: ids.jam, gtin: gtin(), names: NAMES.jam, category: 'jam', unit: 'kg',
    yieldBounds: [{ process: 'cooking', inputProductIds: [ids.berries, ids.sugar].sort(), min: 0.7, max: 0.95 }],
  });
  for (const [village, product] of [[ids.ananyevo, ids.berries], [ids.akSuu, ids.berries], [ids.kaindy, ids.sugar], [ids.tamga, ids.honey]]) {
    await record(admin, `/villages/${village}/specialisations`, { productId: product, since: '2012-05-01' });
  }
  const party = (kind: 'producer' | 'processor' | 'exporter' | 'lab' | 'certifier', name: string, operates: string[]) =>
    partyWithKey({ partyId: id(kind, name), kinds: [kind], operatesPlaceIds: operates });
  const keys = {
    aigul: await party('producer', 'aigul', [ids.plotA]),
    bermet: await party('producer', 'bermet', [ids.plotB]),
    kanat: await party('producer', 'kanat', [ids.plotC]),
    dastan: await party('producer', 'dastan', [ids.apiary]),
    processor: await party('processor', 'karakol-jam', [ids.workshop]),
    exporter: await party('exporter', 'ak-jol', [ids.warehouse]),
    lab: await party('lab', 'bishkek-lab', []),
    certifier: await party('certifier', 'organic-kg', []),
  };
  const { aigul, bermet, kanat, dastan, processor, exporter, lab, certifier } = keys;
  const personalDetails = { personName: 'Айгуль Касымова (демо)', phone: '+996 (555) 98-76-54', address: 'Ананьево айылы' };
  await record(admin, `/parties/${aigul.partyId}/personal-details`, personalDetails, 'PUT');
  await record(admin, '/schemes', { schemeId: ids.organic, kind: 'organic', names: NAMES.organic, issuerPartyId: certifier.partyId });

  const harvest = (key: TestKey, lotId: string, villageId: string, placeId: string, productId: string, amount: number, day: string) =>
    record(key, '/harvests', { lotId, villageId, placeId, productId, quantity: kg(amount), harvestedAt: at(day, '07:00'), location: { latitude: 42.5, longitude: 78.3 } });
  await harvest(aigul, lots.h1, ids.ananyevo, ids.plotA, ids.berries, 60, '01');
  await harvest(bermet, lots.h2, ids.akSuu, ids.plotB, ids.berries, 40, '02');
  await harvest(kanat, lots.sugar, ids.kaindy, ids.plotC, ids.sugar, 30, '02');
  await harvest(dastan, lots.honey, ids.tamga, ids.apiary, ids.honey, 25, '02');
  await record(certifier, `/lots/${lots.h1}/certifications`, { certificateId: `ORG-${tag}`, schemeId: ids.organic, validFrom: '2026-09-01', validUntil: '2026-12-31', certifiedAt: at('02') });
  const ship = async (from: TestKey, fromPlaceId: string, to: TestKey, toPlaceId: string, lotId: string, amount: number, day: string) => {
    const shipmentId = unique('S-');
    await record(from, '/shipments', { shipmentId, fromPlaceId, to: { partyId: to.partyId, placeId: toPlaceId }, lots: [{ lotId, quantity: kg(amount) }], shippedAt: at(day) });
    await record(to, `/shipments/${shipmentId}/receipts`, { lots: [{ lotId, quantity: kg(amount) }], receivedAt: at(day, '15:00') });
  };
  await ship(aigul, ids.plotA, processor, ids.workshop, lots.h1, 60, '03');
  await ship(bermet, ids.plotB, processor, ids.workshop, lots.h2, 40, '03');
  await ship(kanat, ids.plotC, processor, ids.workshop, lots.sugar, 30, '03');
  await ship(dastan, ids.apiary, exporter, ids.warehouse, lots.honey, 25, '03');
  await record(processor, '/merges', { inputs: [{ lotId: lots.h1, quantity: kg(60) }, { lotId: lots.h2, quantity: kg(40) }], outputLotId: lots.berries, placeId: ids.workshop, mergedAt: at('04') });
  await record(processor, '/transformations', {
    process: 'cooking', placeId: ids.workshop, transformedAt: at('05'),
    inputs: [{ lotId: lots.berries, quantity: kg(100) }, { lotId: lots.sugar, quantity: kg(30) }],
    outputs: [{ lotId: lots.jam, productId: ids.jam, quantity: kg(121) }],
  });
  await record(processor, '/splits', { lotId: lots.jam, placeId: ids.workshop, outputs: [{ lotId: lots.jars, quantity: kg(71) }, { lotId: lots.bulk, quantity: kg(50) }], splitAt: at('06') });
  await record(lab, `/lots/${lots.bulk}/inspections`, { results: [{ parameter: 'moisture', value: 31.5, unit: '%', max: 35 }], inspectedAt: at('07') });
  const revoked = `ORG-J2-${tag}`;
  await record(certifier, `/lots/${lots.bulk}/certifications`, { certificateId: revoked, schemeId: ids.organic, validFrom: '2026-09-06', validUntil: '2027-09-05', certifiedAt: at('07') });
  await record(certifier, `/lots/${lots.bulk}/certifications/${revoked}/revocation`, { reason: 'sugar supplier not certified', revokedAt: at('10') });
  await ship(processor, ids.workshop, exporter, ids.warehouse, lots.bulk, 50, '09');
  const exportId = unique('EX-');
  const buyer = { name: 'Kyoto Mountain Foods K.K.', country: 'JP' };
  await record(exporter, '/exports', {
    shipmentId: exportId, fromPlaceId: ids.warehouse, lots: [{ lotId: lots.bulk, quantity: kg(40) }, { lotId: lots.honey, quantity: kg(20) }],
    destinationCountry: 'JP', buyer, customsDeclaration: `CD-${tag}`, certificateOfOrigin: `KG-CO-${tag}`, hsCode: '2007.99', exportedAt: at('12'),
  });
  return { tag, ids, lots, keys, exportId, buyer, personalDetails, revokedCertificate: revoked, names: NAMES };
}

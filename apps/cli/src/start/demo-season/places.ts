import { RegisterPlace, demoGln } from '#tamga/domain';
import { at } from './geo';

/**
 * Regions, districts, towns and villages of the demo season: the Issyk-Kul region around the lake,
 * with the villages whose OVOP products the season follows, and the Chui side (Bishkek, the sugar
 * beet village of Kaindy, Manas airport) where the goods are sold and leave the country.
 * Coordinates are the settlements' centres; GLNs are demo keys under GS1 Kyrgyzstan's prefix 470.
 */
export const ADMINISTRATIVE_PLACES: readonly RegisterPlace[] = [
  { placeId: 'region:issyk-kul', kind: 'region', gln: demoGln('2026', '00001'), names: { ky: 'Ысык-Көл облусу', ru: 'Иссык-Кульская область', en: 'Issyk-Kul Region' } },
  { placeId: 'region:chui', kind: 'region', gln: demoGln('2026', '00002'), names: { ky: 'Чүй облусу', ru: 'Чуйская область', en: 'Chui Region' } },
  { placeId: 'city:bishkek', kind: 'city', gln: demoGln('2026', '00003'), names: { ky: 'Бишкек шаары', ru: 'город Бишкек', en: 'Bishkek' }, geometry: at(42.8746, 74.5698) },

  { placeId: 'district:jeti-oguz', kind: 'district', parentId: 'region:issyk-kul', gln: demoGln('2026', '00011'), names: { ky: 'Жети-Өгүз району', ru: 'Джети-Огузский район', en: 'Jeti-Oguz District' } },
  { placeId: 'district:ak-suu', kind: 'district', parentId: 'region:issyk-kul', gln: demoGln('2026', '00012'), names: { ky: 'Ак-Суу району', ru: 'Ак-Суйский район', en: 'Ak-Suu District' } },
  { placeId: 'district:ton', kind: 'district', parentId: 'region:issyk-kul', gln: demoGln('2026', '00013'), names: { ky: 'Тоң району', ru: 'Тонский район', en: 'Ton District' } },
  { placeId: 'district:tup', kind: 'district', parentId: 'region:issyk-kul', gln: demoGln('2026', '00014'), names: { ky: 'Түп району', ru: 'Тюпский район', en: 'Tup District' } },
  { placeId: 'district:issyk-kul', kind: 'district', parentId: 'region:issyk-kul', gln: demoGln('2026', '00015'), names: { ky: 'Ысык-Көл району', ru: 'Иссык-Кульский район', en: 'Issyk-Kul District' } },
  { placeId: 'district:panfilov', kind: 'district', parentId: 'region:chui', gln: demoGln('2026', '00016'), names: { ky: 'Панфилов району', ru: 'Панфиловский район', en: 'Panfilov District' } },
  { placeId: 'district:sokuluk', kind: 'district', parentId: 'region:chui', gln: demoGln('2026', '00017'), names: { ky: 'Сокулук району', ru: 'Сокулукский район', en: 'Sokuluk District' } },

  // Karakol is the regional centre, directly under the region; Cholpon-Ata is the Issyk-Kul district's town.
  { placeId: 'town:karakol', kind: 'town', parentId: 'region:issyk-kul', gln: demoGln('2026', '00021'), names: { ky: 'Каракол шаары', ru: 'город Каракол', en: 'Karakol' }, geometry: at(42.4907, 78.3936) },
  { placeId: 'town:cholpon-ata', kind: 'town', parentId: 'district:issyk-kul', gln: demoGln('2026', '00022'), names: { ky: 'Чолпон-Ата шаары', ru: 'город Чолпон-Ата', en: 'Cholpon-Ata' }, geometry: at(42.6493, 77.0818) },
];

/** The villages: honey on the south shore's mountain slopes, sea-buckthorn by the lake, herders' wool and tallow. */
export const VILLAGES: readonly RegisterPlace[] = [
  { placeId: 'village:tamga', kind: 'village', parentId: 'district:jeti-oguz', gln: demoGln('2026', '00101'), names: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga' }, geometry: at(42.155, 77.551) },
  { placeId: 'village:barskoon', kind: 'village', parentId: 'district:jeti-oguz', gln: demoGln('2026', '00102'), names: { ky: 'Барскоон', ru: 'Барскоон', en: 'Barskoon' }, geometry: at(42.154, 77.603) },
  { placeId: 'village:tosor', kind: 'village', parentId: 'district:jeti-oguz', gln: demoGln('2026', '00103'), names: { ky: 'Тосор', ru: 'Тосор', en: 'Tosor' }, geometry: at(42.166, 77.442) },
  { placeId: 'village:kyzyl-suu', kind: 'village', parentId: 'district:jeti-oguz', gln: demoGln('2026', '00104'), names: { ky: 'Кызыл-Суу', ru: 'Кызыл-Суу', en: 'Kyzyl-Suu' }, geometry: at(42.343, 78.006) },
  { placeId: 'village:jeti-oguz', kind: 'village', parentId: 'district:jeti-oguz', gln: demoGln('2026', '00105'), names: { ky: 'Жети-Өгүз', ru: 'Джети-Огуз', en: 'Jeti-Oguz' }, geometry: at(42.418, 78.235) },
  { placeId: 'village:ak-suu', kind: 'village', parentId: 'district:ak-suu', gln: demoGln('2026', '00106'), names: { ky: 'Ак-Суу', ru: 'Ак-Суу (Теплоключенка)', en: 'Ak-Suu (Teploklyuchenka)' }, geometry: at(42.5, 78.53) },
  { placeId: 'village:ananyevo', kind: 'village', parentId: 'district:issyk-kul', gln: demoGln('2026', '00107'), names: { ky: 'Ананьево', ru: 'Ананьево', en: 'Ananyevo' }, geometry: at(42.72, 77.655) },
  { placeId: 'village:bokonbaevo', kind: 'village', parentId: 'district:ton', gln: demoGln('2026', '00108'), names: { ky: 'Бөкөнбаев', ru: 'Боконбаево', en: 'Bokonbaevo' }, geometry: at(42.117, 76.99) },
  { placeId: 'village:tup', kind: 'village', parentId: 'district:tup', gln: demoGln('2026', '00109'), names: { ky: 'Түп', ru: 'Тюп', en: 'Tup' }, geometry: at(42.727, 78.365) },
  // Outside the region: the Chui valley grows the sugar beet that goes into Issyk-Kul jam.
  { placeId: 'village:kaindy', kind: 'village', parentId: 'district:panfilov', gln: demoGln('2026', '00110'), names: { ky: 'Кайыңды', ru: 'Кайынды', en: 'Kaindy' }, geometry: at(42.83, 73.68) },
];

import { LocalisedNames, RegisterPlace, demoGln } from '#tamga/domain';
import { at } from './geo';

type Site = 'apiary' | 'plot' | 'pasture';

// What a numbered harvest site is called in each language ("Tamga apiary 2").
const SITE_NAMES: Record<Site, LocalisedNames> = {
  apiary: { ky: 'омартасы', ru: 'пасека', en: 'apiary' },
  plot: { ky: 'чычырканак багы', ru: 'облепиховый участок', en: 'sea-buckthorn plot' },
  pasture: { ky: 'жайыты', ru: 'пастбище', en: 'pasture' },
};
const VILLAGE_NAMES: Record<string, LocalisedNames> = {
  tamga: { ky: 'Тамга', ru: 'Тамга', en: 'Tamga' },
  barskoon: { ky: 'Барскоон', ru: 'Барскоон', en: 'Barskoon' },
  tosor: { ky: 'Тосор', ru: 'Тосор', en: 'Tosor' },
  'kyzyl-suu': { ky: 'Кызыл-Суу', ru: 'Кызыл-Суу', en: 'Kyzyl-Suu' },
  'jeti-oguz': { ky: 'Жети-Өгүз', ru: 'Джети-Огуз', en: 'Jeti-Oguz' },
  'ak-suu': { ky: 'Ак-Суу', ru: 'Ак-Суу', en: 'Ak-Suu' },
  ananyevo: { ky: 'Ананьево', ru: 'Ананьево', en: 'Ananyevo' },
  bokonbaevo: { ky: 'Бөкөнбаев', ru: 'Боконбаево', en: 'Bokonbaevo' },
  tup: { ky: 'Түп', ru: 'Тюп', en: 'Tup' },
  kaindy: { ky: 'Кайыңды', ru: 'Кайынды', en: 'Kaindy' },
};

/** A producer's own apiary, plot or pasture: `apiary:tamga-2` in village:tamga, named in three languages. */
function site(kind: Site, village: string, n: number, locationReference: string, latitude: number, longitude: number): RegisterPlace {
  const v = VILLAGE_NAMES[village];
  const s = SITE_NAMES[kind];
  return {
    placeId: `${kind}:${village}-${n}`,
    kind,
    parentId: `village:${village}`,
    gln: demoGln('2026', locationReference),
    names: { ky: `${v.ky} ${s.ky} №${n}`, ru: `${v.ru}, ${s.ru} №${n}`, en: `${v.en} ${s.en} ${n}` },
    geometry: at(latitude, longitude),
  };
}

/** Where the season's goods are harvested: each producer's apiary, sea-buckthorn plot or pasture. */
export const HARVEST_SITES: readonly RegisterPlace[] = [
  // Hives stand on the sainfoin slopes above the south-shore villages.
  site('apiary', 'tamga', 1, '01001', 42.138, 77.545),
  site('apiary', 'tamga', 2, '01002', 42.132, 77.558),
  site('apiary', 'tamga', 3, '01003', 42.128, 77.54),
  site('apiary', 'barskoon', 1, '01011', 42.128, 77.598),
  site('apiary', 'barskoon', 2, '01012', 42.121, 77.612),
  site('apiary', 'barskoon', 3, '01013', 42.134, 77.59),
  site('apiary', 'tosor', 1, '01021', 42.148, 77.437),
  site('apiary', 'tosor', 2, '01022', 42.141, 77.448),
  // Sea-buckthorn grows on the lake's alluvial shores and river terraces.
  site('plot', 'ananyevo', 1, '01101', 42.728, 77.648),
  site('plot', 'ananyevo', 2, '01102', 42.715, 77.662),
  site('plot', 'ananyevo', 3, '01103', 42.722, 77.671),
  site('plot', 'ak-suu', 1, '01111', 42.508, 78.522),
  site('plot', 'ak-suu', 2, '01112', 42.495, 78.541),
  site('plot', 'kyzyl-suu', 1, '01121', 42.352, 78.012),
  site('plot', 'kyzyl-suu', 2, '01122', 42.338, 77.998),
  site('plot', 'kaindy', 1, '01131', 42.84, 73.69),
  // Summer pastures of the herders who shear the wool and render the tallow.
  site('pasture', 'jeti-oguz', 1, '01201', 42.38, 78.22),
  site('pasture', 'jeti-oguz', 2, '01202', 42.36, 78.24),
  site('pasture', 'bokonbaevo', 1, '01211', 42.08, 76.97),
  site('pasture', 'bokonbaevo', 2, '01212', 42.06, 77.01),
  site('pasture', 'bokonbaevo', 3, '01213', 42.09, 76.95),
  site('pasture', 'tup', 1, '01221', 42.76, 78.38),
  site('pasture', 'tup', 2, '01222', 42.75, 78.34),
];

/** Where the goods are processed, tested, kept, sold, and leave the country. */
export const WORKPLACES: readonly RegisterPlace[] = [
  { placeId: 'workshop:tamga-honey-house', kind: 'workshop', parentId: 'village:tamga', gln: demoGln('2026', '02001'), geometry: at(42.157, 77.548),
    names: { ky: 'Тамга бал үйү', ru: 'Медовый дом Тамги', en: 'Tamga honey house' } },
  { placeId: 'workshop:karakol-jam-kitchen', kind: 'workshop', parentId: 'town:karakol', gln: demoGln('2026', '02002'), geometry: at(42.485, 78.401),
    names: { ky: 'Каракол кыям ашканасы', ru: 'Каракольская джемовая кухня', en: 'Karakol jam kitchen' } },
  { placeId: 'workshop:karakol-shakar-soap', kind: 'workshop', parentId: 'town:karakol', gln: demoGln('2026', '02003'), geometry: at(42.497, 78.387),
    names: { ky: '«Шакар» самын цехи', ru: 'Мыловарня «Шакар»', en: 'Shakar soap workshop' } },
  { placeId: 'workshop:bokonbaevo-felt', kind: 'workshop', parentId: 'village:bokonbaevo', gln: demoGln('2026', '02004'), geometry: at(42.119, 76.985),
    names: { ky: 'Бөкөнбаев кийиз цехи', ru: 'Войлочный цех Боконбаево', en: 'Bokonbaevo felt workshop' } },
  { placeId: 'workshop:kaindy-sugar-plant', kind: 'workshop', parentId: 'village:kaindy', gln: demoGln('2026', '02005'), geometry: at(42.826, 73.676),
    names: { ky: 'Кайыңды кант заводу', ru: 'Кайындинский сахарный завод', en: 'Kaindy sugar plant' } },
  { placeId: 'lab:cholpon-ata', kind: 'lab', parentId: 'town:cholpon-ata', gln: demoGln('2026', '02011'), geometry: at(42.647, 77.085),
    names: { ky: 'Ысык-Көл тамак-аш лабораториясы', ru: 'Иссык-Кульская пищевая лаборатория', en: 'Issyk-Kul food laboratory' } },
  // The shop the OVOP association opened in 2012 at the Dayra centre, 114 Chui Avenue.
  { placeId: 'shop:ovop-bishkek', kind: 'shop', parentId: 'city:bishkek', gln: demoGln('2026', '02021'), geometry: at(42.8765, 74.6105),
    names: { ky: 'ОСОП дүкөнү, Чүй пр. 114', ru: 'Магазин ОСОП, пр. Чуй 114', en: 'OVOP shop, 114 Chui Avenue' } },
  { placeId: 'warehouse:bishkek-export', kind: 'warehouse', parentId: 'city:bishkek', gln: demoGln('2026', '02022'), geometry: at(42.846, 74.64),
    names: { ky: 'Бишкек экспорт кампасы', ru: 'Экспортный склад Бишкек', en: 'Bishkek export warehouse' } },
  { placeId: 'warehouse:karakol-export', kind: 'warehouse', parentId: 'town:karakol', gln: demoGln('2026', '02023'), geometry: at(42.476, 78.372),
    names: { ky: 'Каракол экспорт кампасы', ru: 'Экспортный склад Каракол', en: 'Karakol export warehouse' } },
  { placeId: 'border-post:manas-airport-cargo', kind: 'border-post', parentId: 'district:sokuluk', gln: demoGln('2026', '02031'), geometry: at(43.061, 74.478),
    names: { ky: '«Манас» аэропортунун жүк терминалы', ru: 'Грузовой терминал аэропорта «Манас»', en: 'Manas airport cargo terminal' } },
];

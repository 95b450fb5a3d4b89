import { LocalisedNames } from '#tamga/domain';

/** What a village's OVOP group produces, and so what the dataset has it harvest. */
export type Speciality = 'honey' | 'berries' | 'beet' | 'wool' | 'tallow';

/** A village of the dataset: real places, centres approximate, in its district. */
export interface VillageEntry {
  readonly key: string;
  readonly names: LocalisedNames;
  readonly at: readonly [latitude: number, longitude: number];
  readonly district: string;
  readonly speciality: Speciality;
}

/** A region with its districts and the town whose processing centre blends, cooks and packs its goods. */
export interface RegionEntry {
  readonly key: string;
  readonly names: LocalisedNames;
  readonly districts: readonly { readonly key: string; readonly names: LocalisedNames }[];
  readonly centre: { readonly key: string; readonly names: LocalisedNames; readonly at: readonly [number, number] };
}

const n = (ky: string, ru: string, en: string): LocalisedNames => ({ ky, ru, en });

/** Seven regions of Kyrgyzstan; each centre runs a honey house and a jam line. */
export const REGIONS: readonly RegionEntry[] = [
  { key: 'issyk-kul', names: n('Ысык-Көл облусу', 'Иссык-Кульская область', 'Issyk-Kul Region'),
    districts: [{ key: 'jeti-oguz', names: n('Жети-Өгүз району', 'Джети-Огузский район', 'Jeti-Oguz District') }, { key: 'ak-suu', names: n('Ак-Суу району', 'Ак-Суйский район', 'Ak-Suu District') }, { key: 'ton', names: n('Тоң району', 'Тонский район', 'Ton District') }, { key: 'tup', names: n('Түп району', 'Тюпский район', 'Tup District') }, { key: 'issyk-kul', names: n('Ысык-Көл району', 'Иссык-Кульский район', 'Issyk-Kul District') }],
    centre: { key: 'karakol', names: n('Каракол', 'Каракол', 'Karakol'), at: [42.4907, 78.3936] } },
  { key: 'naryn', names: n('Нарын облусу', 'Нарынская область', 'Naryn Region'),
    districts: [{ key: 'kochkor', names: n('Кочкор району', 'Кочкорский район', 'Kochkor District') }, { key: 'at-bashy', names: n('Ат-Башы району', 'Ат-Башинский район', 'At-Bashy District') }, { key: 'jumgal', names: n('Жумгал району', 'Жумгальский район', 'Jumgal District') }, { key: 'ak-talaa', names: n('Ак-Талаа району', 'Ак-Талинский район', 'Ak-Talaa District') }],
    centre: { key: 'naryn', names: n('Нарын', 'Нарын', 'Naryn'), at: [41.4287, 75.9911] } },
  { key: 'chui', names: n('Чүй облусу', 'Чуйская область', 'Chui Region'),
    districts: [{ key: 'panfilov', names: n('Панфилов району', 'Панфиловский район', 'Panfilov District') }, { key: 'kemin', names: n('Кемин району', 'Кеминский район', 'Kemin District') }, { key: 'issyk-ata', names: n('Ысык-Ата району', 'Иссык-Атинский район', 'Issyk-Ata District') }, { key: 'moskva', names: n('Москва району', 'Московский район', 'Moskva District') }],
    centre: { key: 'tokmok', names: n('Токмок', 'Токмок', 'Tokmok'), at: [42.8421, 75.3015] } },
  { key: 'talas', names: n('Талас облусу', 'Таласская область', 'Talas Region'),
    districts: [{ key: 'bakai-ata', names: n('Бакай-Ата району', 'Бакай-Атинский район', 'Bakai-Ata District') }, { key: 'kara-buura', names: n('Кара-Буура району', 'Кара-Бууринский район', 'Kara-Buura District') }, { key: 'manas', names: n('Манас району', 'Манасский район', 'Manas District') }],
    centre: { key: 'talas', names: n('Талас', 'Талас', 'Talas'), at: [42.5228, 72.2427] } },
  { key: 'jalal-abad', names: n('Жалал-Абад облусу', 'Джалал-Абадская область', 'Jalal-Abad Region'),
    districts: [{ key: 'bazar-korgon', names: n('Базар-Коргон району', 'Базар-Коргонский район', 'Bazar-Korgon District') }, { key: 'toktogul', names: n('Токтогул району', 'Токтогульский район', 'Toktogul District') }, { key: 'suzak', names: n('Сузак району', 'Сузакский район', 'Suzak District') }],
    centre: { key: 'jalal-abad', names: n('Жалал-Абад', 'Джалал-Абад', 'Jalal-Abad'), at: [40.9333, 73.0] } },
  { key: 'osh', names: n('Ош облусу', 'Ошская область', 'Osh Region'),
    districts: [{ key: 'alai', names: n('Алай району', 'Алайский район', 'Alai District') }, { key: 'kara-kulja', names: n('Кара-Кулжа району', 'Кара-Кульджинский район', 'Kara-Kulja District') }, { key: 'chon-alai', names: n('Чоң-Алай району', 'Чон-Алайский район', 'Chon-Alai District') }],
    centre: { key: 'osh', names: n('Ош', 'Ош', 'Osh'), at: [40.5283, 72.7985] } },
];

/** The villages: honey in every region (four or more each), berries, beet, wool and tallow where they grow. */
export const VILLAGES: readonly VillageEntry[] = [
  { key: 'tamga', names: n('Тамга', 'Тамга', 'Tamga'), at: [42.155, 77.551], district: 'jeti-oguz', speciality: 'honey' },
  { key: 'barskoon', names: n('Барскоон', 'Барскоон', 'Barskoon'), at: [42.154, 77.603], district: 'jeti-oguz', speciality: 'honey' },
  { key: 'tosor', names: n('Тосор', 'Тосор', 'Tosor'), at: [42.166, 77.442], district: 'jeti-oguz', speciality: 'honey' },
  { key: 'jyrgalan', names: n('Жыргалаң', 'Джергалан', 'Jyrgalan'), at: [42.61, 78.94], district: 'ak-suu', speciality: 'honey' },
  { key: 'grigorievka', names: n('Григорьевка', 'Григорьевка', 'Grigorievka'), at: [42.72, 77.47], district: 'issyk-kul', speciality: 'honey' },
  { key: 'kaji-say', names: n('Кажы-Сай', 'Каджи-Сай', 'Kaji-Say'), at: [42.14, 77.18], district: 'ton', speciality: 'honey' },
  { key: 'kyzyl-suu', names: n('Кызыл-Суу', 'Кызыл-Суу', 'Kyzyl-Suu'), at: [42.343, 78.006], district: 'jeti-oguz', speciality: 'berries' },
  { key: 'ak-suu', names: n('Ак-Суу', 'Ак-Суу', 'Ak-Suu'), at: [42.5, 78.53], district: 'ak-suu', speciality: 'berries' },
  { key: 'ananyevo', names: n('Ананьево', 'Ананьево', 'Ananyevo'), at: [42.72, 77.655], district: 'issyk-kul', speciality: 'berries' },
  { key: 'jeti-oguz', names: n('Жети-Өгүз', 'Джети-Огуз', 'Jeti-Oguz'), at: [42.418, 78.235], district: 'jeti-oguz', speciality: 'wool' },
  { key: 'bokonbaevo', names: n('Бөкөнбаев', 'Боконбаево', 'Bokonbaevo'), at: [42.117, 76.99], district: 'ton', speciality: 'wool' },
  { key: 'tup', names: n('Түп', 'Тюп', 'Tup'), at: [42.727, 78.365], district: 'tup', speciality: 'tallow' },

  { key: 'chaek', names: n('Чаек', 'Чаек', 'Chaek'), at: [41.93, 74.5], district: 'jumgal', speciality: 'honey' },
  { key: 'baetov', names: n('Баетов', 'Баетов', 'Baetov'), at: [41.26, 74.95], district: 'ak-talaa', speciality: 'honey' },
  { key: 'kyzyl-tuu', names: n('Кызыл-Туу', 'Кызыл-Туу', 'Kyzyl-Tuu'), at: [41.95, 74.1], district: 'jumgal', speciality: 'honey' },
  { key: 'ottuk', names: n('Оттук', 'Оттук', 'Ottuk'), at: [42.1, 75.95], district: 'kochkor', speciality: 'honey' },
  { key: 'kochkor', names: n('Кочкор', 'Кочкорка', 'Kochkor'), at: [42.21, 75.75], district: 'kochkor', speciality: 'wool' },
  { key: 'at-bashy', names: n('Ат-Башы', 'Ат-Башы', 'At-Bashy'), at: [41.17, 75.8], district: 'at-bashy', speciality: 'berries' },
  { key: 'kara-koyun', names: n('Кара-Коюн', 'Кара-Коюн', 'Kara-Koyun'), at: [40.95, 75.4], district: 'at-bashy', speciality: 'tallow' },

  { key: 'kemin', names: n('Кемин', 'Кемин', 'Kemin'), at: [42.78, 75.69], district: 'kemin', speciality: 'honey' },
  { key: 'kalmak-ashuu', names: n('Калмак-Ашуу', 'Калмак-Ашуу', 'Kalmak-Ashuu'), at: [42.77, 76.2], district: 'kemin', speciality: 'honey' },
  { key: 'ivanovka', names: n('Ивановка', 'Ивановка', 'Ivanovka'), at: [42.88, 75.08], district: 'issyk-ata', speciality: 'honey' },
  { key: 'kok-jar', names: n('Көк-Жар', 'Кок-Джар', 'Kok-Jar'), at: [42.7, 74.95], district: 'issyk-ata', speciality: 'honey' },
  { key: 'kaindy', names: n('Кайыңды', 'Кайынды', 'Kaindy'), at: [42.83, 73.68], district: 'panfilov', speciality: 'beet' },
  { key: 'belovodskoe', names: n('Беловодское', 'Беловодское', 'Belovodskoe'), at: [42.83, 74.1], district: 'moskva', speciality: 'beet' },

  { key: 'bakai-ata', names: n('Бакай-Ата', 'Бакай-Ата', 'Bakai-Ata'), at: [42.52, 71.88], district: 'bakai-ata', speciality: 'honey' },
  { key: 'kopuro-bazar', names: n('Көпүрө-Базар', 'Копуро-Базар', 'Kopuro-Bazar'), at: [42.47, 72.05], district: 'bakai-ata', speciality: 'honey' },
  { key: 'kyzyl-adyr', names: n('Кызыл-Адыр', 'Кызыл-Адыр', 'Kyzyl-Adyr'), at: [42.62, 71.58], district: 'kara-buura', speciality: 'beet' },
  { key: 'uch-emchek', names: n('Үч-Эмчек', 'Уч-Эмчек', 'Uch-Emchek'), at: [42.37, 71.5], district: 'kara-buura', speciality: 'honey' },
  { key: 'pokrovka', names: n('Покровка', 'Покровка', 'Pokrovka'), at: [42.45, 72.58], district: 'manas', speciality: 'honey' },

  { key: 'arslanbob', names: n('Арстанбап', 'Арсланбоб', 'Arslanbob'), at: [41.33, 72.94], district: 'bazar-korgon', speciality: 'honey' },
  { key: 'kara-alma', names: n('Кара-Алма', 'Кара-Алма', 'Kara-Alma'), at: [41.2, 73.36], district: 'suzak', speciality: 'honey' },
  { key: 'toktogul', names: n('Токтогул', 'Токтогул', 'Toktogul'), at: [41.87, 72.94], district: 'toktogul', speciality: 'honey' },
  { key: 'kyzyl-jar', names: n('Кызыл-Жар', 'Кызыл-Джар', 'Kyzyl-Jar'), at: [41.5, 72.1], district: 'toktogul', speciality: 'honey' },
  { key: 'suzak', names: n('Сузак', 'Сузак', 'Suzak'), at: [40.9, 72.9], district: 'suzak', speciality: 'tallow' },

  { key: 'gulcha', names: n('Гүлчө', 'Гульча', 'Gulcha'), at: [40.32, 73.44], district: 'alai', speciality: 'honey' },
  { key: 'kara-kulja', names: n('Кара-Кулжа', 'Кара-Кульджа', 'Kara-Kulja'), at: [40.63, 73.5], district: 'kara-kulja', speciality: 'honey' },
  { key: 'kashka-suu', names: n('Кашка-Суу', 'Кашка-Суу', 'Kashka-Suu'), at: [40.45, 73.62], district: 'kara-kulja', speciality: 'honey' },
  { key: 'mady', names: n('Мады', 'Мады', 'Mady'), at: [40.42, 72.95], district: 'alai', speciality: 'honey' },
  { key: 'sary-tash', names: n('Сары-Таш', 'Сары-Таш', 'Sary-Tash'), at: [39.73, 73.25], district: 'chon-alai', speciality: 'wool' },
];

/** Bishkek, outside every region: the OVOP shop, the exporters' warehouses, the national lab. */
export const CAPITAL = { key: 'bishkek', names: n('Бишкек', 'Бишкек', 'Bishkek'), at: [42.8746, 74.5698] as const };

import { RegisterParty, RegisterScheme } from '#tamga/domain';

const OVOP = 'association:ovop-issyk-kul';

/**
 * A producer of a village, member of the OVOP association (and of a village group, if any), who
 * works one site. Ids name the village and a number, never the person: ids are written into
 * every event the party records, and events are never erased (names are personal details).
 */
function producer(village: string, n: number, site: string, groups: readonly string[] = []): RegisterParty {
  return { partyId: `producer:${village}-${n}`, kinds: ['producer'], memberOfIds: [...groups, OVOP], operatesPlaceIds: [site] };
}

/**
 * Village groups and the association come first: members name them. The association runs the
 * Bishkek OVOP shop; the felt makers' group both collects wool and felts it.
 */
export const GROUPS: readonly RegisterParty[] = [
  { partyId: OVOP, kinds: ['shop'], operatesPlaceIds: ['shop:ovop-bishkek'] },
  { partyId: 'group:tamga-beekeepers', kinds: ['producer'], memberOfIds: [OVOP] },
  // Its field tablet records the members' harvests offline on the plots and uploads them later.
  { partyId: 'group:ananyevo-berry-growers', kinds: ['producer'], memberOfIds: [OVOP] },
  { partyId: 'group:bokonbaevo-felt-makers', kinds: ['producer', 'processor'], memberOfIds: [OVOP], operatesPlaceIds: ['workshop:bokonbaevo-felt'] },
];

/** The producers of the season: beekeepers, berry growers, herders and a sugar beet farmer. */
export const PRODUCERS: readonly RegisterParty[] = [
  producer('tamga', 1, 'apiary:tamga-1', ['group:tamga-beekeepers']),
  producer('tamga', 2, 'apiary:tamga-2', ['group:tamga-beekeepers']),
  producer('tamga', 3, 'apiary:tamga-3', ['group:tamga-beekeepers']),
  producer('barskoon', 1, 'apiary:barskoon-1'),
  producer('barskoon', 2, 'apiary:barskoon-2'),
  producer('barskoon', 3, 'apiary:barskoon-3'),
  producer('tosor', 1, 'apiary:tosor-1'),
  producer('tosor', 2, 'apiary:tosor-2'),
  producer('ananyevo', 1, 'plot:ananyevo-1', ['group:ananyevo-berry-growers']),
  producer('ananyevo', 2, 'plot:ananyevo-2', ['group:ananyevo-berry-growers']),
  producer('ananyevo', 3, 'plot:ananyevo-3', ['group:ananyevo-berry-growers']),
  producer('ak-suu', 1, 'plot:ak-suu-1'),
  producer('ak-suu', 2, 'plot:ak-suu-2'),
  producer('kyzyl-suu', 1, 'plot:kyzyl-suu-1'),
  producer('kyzyl-suu', 2, 'plot:kyzyl-suu-2'),
  producer('jeti-oguz', 1, 'pasture:jeti-oguz-1'),
  producer('jeti-oguz', 2, 'pasture:jeti-oguz-2'),
  producer('bokonbaevo', 1, 'pasture:bokonbaevo-1', ['group:bokonbaevo-felt-makers']),
  producer('bokonbaevo', 2, 'pasture:bokonbaevo-2', ['group:bokonbaevo-felt-makers']),
  producer('bokonbaevo', 3, 'pasture:bokonbaevo-3', ['group:bokonbaevo-felt-makers']),
  producer('tup', 1, 'pasture:tup-1'),
  producer('tup', 2, 'pasture:tup-2'),
  // Not an OVOP member: a Chui valley farmer whose beet becomes the jam's sugar.
  { partyId: 'producer:kaindy-1', kinds: ['producer'], operatesPlaceIds: ['plot:kaindy-1'] },
];

/** Everyone else the goods pass through: processors, exporters, the lab, the inspector, the certifiers. */
export const BUSINESSES: readonly RegisterParty[] = [
  { partyId: 'processor:tamga-honey-house', kinds: ['processor'], memberOfIds: [OVOP], operatesPlaceIds: ['workshop:tamga-honey-house'] },
  { partyId: 'processor:karakol-jam-kitchen', kinds: ['processor'], memberOfIds: [OVOP], operatesPlaceIds: ['workshop:karakol-jam-kitchen'] },
  { partyId: 'processor:karakol-shakar-soap', kinds: ['processor'], memberOfIds: [OVOP], operatesPlaceIds: ['workshop:karakol-shakar-soap'] },
  { partyId: 'processor:kaindy-sugar', kinds: ['processor'], operatesPlaceIds: ['workshop:kaindy-sugar-plant'] },
  // Exports leave from its Bishkek warehouse by road, or from its bay at Manas airport by air.
  { partyId: 'exporter:tengri-export', kinds: ['exporter'], operatesPlaceIds: ['border-post:manas-airport-cargo', 'warehouse:bishkek-export'] },
  // Trucks Issyk-Kul goods east of the lake straight to buyers in Kazakhstan.
  { partyId: 'exporter:karakol-agro-export', kinds: ['exporter'], memberOfIds: [OVOP], operatesPlaceIds: ['warehouse:karakol-export'] },
  { partyId: 'lab:issyk-kul-food-lab', kinds: ['lab'], operatesPlaceIds: ['lab:cholpon-ata'] },
  { partyId: 'inspector:issyk-kul-food-safety', kinds: ['inspector'] },
  { partyId: 'certifier:made-in-kyrgyzstan', kinds: ['certifier'] },
  { partyId: 'certifier:issyk-kul-brand', kinds: ['certifier'] },
  { partyId: 'certifier:organic-kg', kinds: ['certifier'] },
  { partyId: 'certifier:halal-kg', kinds: ['certifier'] },
];

/** The brands and certification schemes a lot can be certified under, each with its issuer. */
export const SCHEMES: readonly RegisterScheme[] = [
  { schemeId: 'scheme:made-in-kyrgyzstan', kind: 'national-brand', issuerPartyId: 'certifier:made-in-kyrgyzstan',
    names: { ky: 'Кыргызстанда жасалган', ru: 'Сделано в Кыргызстане', en: 'Made in Kyrgyzstan', ja: 'キルギス製', zh: '吉尔吉斯斯坦制造' } },
  { schemeId: 'scheme:issyk-kul-brand', kind: 'regional-brand', issuerPartyId: 'certifier:issyk-kul-brand', regionId: 'region:issyk-kul',
    names: { ky: 'Ысык-Көл бренди', ru: 'Региональный бренд «Иссык-Куль»', en: 'Issyk-Kul regional brand', ja: 'イシク・クル地域ブランド', zh: '伊塞克湖地区品牌' } },
  { schemeId: 'scheme:organic-kg', kind: 'organic', issuerPartyId: 'certifier:organic-kg',
    names: { ky: 'Органикалык продукция', ru: 'Органическая продукция', en: 'Organic', ja: '有機', zh: '有机' } },
  { schemeId: 'scheme:halal-kg', kind: 'halal', issuerPartyId: 'certifier:halal-kg',
    names: { ky: 'Халал', ru: 'Халяль', en: 'Halal', ja: 'ハラール', zh: '清真' } },
];

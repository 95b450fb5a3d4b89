import { LocalisedNames, Party, PartyKind, RegisterProduct, RegisterScheme, RegisterSpecialisation } from '#tamga/domain';
import { DatasetIds } from './dataset-ids';
import { DatasetWorld, Member, Outlet, VillageWorld } from './dataset-world';
import { CAPITAL, REGIONS, Speciality, VILLAGES, VillageEntry } from './geography';
import { PlacePlan, near, planAdministrativePlaces, regionOf } from './plan-places';
import { PRODUCT_KEYS, ProductKey, productCommands } from './products';

/** How big the world is: how many beekeepers each honey village has, and herders each wool village. */
export interface WorldScale {
  readonly beekeepersPerVillage: number;
  readonly herdersPerVillage: number;
}

/** The master data to register (places parents first, products inputs first), and the world it makes. */
export interface WorldPlan {
  readonly admin: Party;
  readonly places: PlacePlan['commands'];
  readonly products: readonly RegisterProduct[];
  readonly parties: readonly Party[];
  readonly schemes: readonly RegisterScheme[];
  readonly specialisations: readonly RegisterSpecialisation[];
  readonly world: DatasetWorld;
}

const n = (ky: string, ru: string, en: string): LocalisedNames => ({ ky, ru, en });
const SITE: Record<Speciality, 'apiary' | 'plot' | 'pasture'> = { honey: 'apiary', berries: 'plot', beet: 'plot', wool: 'pasture', tallow: 'pasture' };
const PRODUCT_OF: Record<Speciality, ProductKey> = { honey: 'comb-honey', berries: 'sea-buckthorn-berries', beet: 'sugar-beet', wool: 'sheep-wool', tallow: 'mutton-tallow' };

/** Plans the dataset's master data: seven regions, forty villages with their groups and members, processors, shops, exporters, labs, inspectors, certifiers. */
export function planWorld(ids: DatasetIds, scale: WorldScale): WorldPlan {
  const places = new PlacePlan(ids);
  const parties: Party[] = [];
  const party = (kind: PartyKind, key: string, kinds: PartyKind[], operates: string[] = [], memberOf: string[] = []): Party => {
    const p: Party = { partyId: ids.id(kind, key), version: 1, kinds: [...kinds].sort(), memberOfIds: [...memberOf].sort(), operatesPlaceIds: [...operates].sort() };
    parties.push(p);
    return p;
  };
  const admin = party('admin', 'dataset', ['admin']);
  const association = party('certifier', 'ovop-association', ['certifier']);
  const { villageIdOf, centreIdOf, capitalId } = planAdministrativePlaces(places, ids);
  const outlet = (kind: 'shop' | 'exporter' | 'lab' | 'processor', key: string, placeKind: 'shop' | 'warehouse' | 'lab' | 'workshop', names: LocalisedNames, parentId: string, at: readonly [number, number]): Outlet => {
    const placeId = places.add(placeKind, key, names, parentId, at);
    return { party: party(kind, key, [kind], [placeId]), placeId };
  };

  const villages = VILLAGES.map((v, i): VillageWorld => {
    const villageId = villageIdOf.get(v.key)!;
    const workshopId = places.add('workshop', v.key, n(`${v.names.ky} жыйноо пункту`, `${v.names.ru}, пункт сбора`, `${v.names.en} collection point`), villageId, near(v.at, i));
    const site = SITE[v.speciality];
    const groupSiteId = places.add(site, `${v.key}-group`, n(`${v.names.ky} жамаатынын жери`, `${v.names.ru}, участок общины`, `${v.names.en} village group ${site}`), villageId);
    const group = party('producer', `${v.key}-group`, ['processor', 'producer'], [workshopId, groupSiteId], [association.partyId]);
    const count = v.speciality === 'honey' ? scale.beekeepersPerVillage : v.speciality === 'wool' ? scale.herdersPerVillage : 0;
    const members = Array.from({ length: count }, (_, k): Member => {
      const key = `${v.key}-${String(k + 1).padStart(4, '0')}`;
      const siteId = places.add(site, key, n(`${v.names.ky} ${site} №${k + 1}`, `${v.names.ru}, ${site} №${k + 1}`, `${v.names.en} ${site} ${k + 1}`), villageId);
      return { party: party('producer', key, ['producer'], [siteId], [group.partyId]), siteId };
    });
    return { key: v.key, villageId, speciality: v.speciality, at: v.at, group, workshopId, groupSiteId, members, unregisteredNeighbourId: neighbourOf(v, villageIdOf) };
  });

  const centreAt = (key: string) => REGIONS.find((r) => r.key === key)!.centre;
  const regions = REGIONS.map((r, i) => ({
    key: r.key,
    centre: outlet('processor', `${r.centre.key}-centre`, 'workshop', n(`${r.centre.names.ky} OVOP иштетүү борбору`, `${r.centre.names.ru}, центр переработки OVOP`, `${r.centre.names.en} OVOP processing centre`), centreIdOf.get(r.key)!, near(r.centre.at, i + 7)),
    honeyVillages: villages.filter((v) => v.speciality === 'honey' && regionOf(VILLAGES.find((e) => e.key === v.key)!) === r.key),
  }));
  const kaindy = villages.find((v) => v.key === 'kaindy')!;
  const sugarPlant = outlet('processor', 'kaindy-sugar-plant', 'workshop', n('Кайыңды кант заводу', 'Кайындинский сахарный завод', 'Kaindy sugar plant'), kaindy.villageId, near(kaindy.at, 13));
  const karakol = centreAt('issyk-kul');
  const soapWorkshop = outlet('processor', 'karakol-soap', 'workshop', n('«Шакар» самын устаканасы', 'Мыловарня «Шакар»', 'Shakar soap workshop'), centreIdOf.get('issyk-kul')!, near(karakol.at, 3));
  const shops = [
    outlet('shop', 'bishkek-chui-avenue', 'shop', n('OVOP дүкөнү, Чүй проспекти 114', 'Магазин OVOP, проспект Чуй 114', 'OVOP shop, 114 Chui Avenue'), capitalId, near(CAPITAL.at, 1)),
    ...REGIONS.map((r, i) => outlet('shop', `${r.centre.key}-bazaar`, 'shop', n(`${r.centre.names.ky} OVOP дүкөнү`, `${r.centre.names.ru}, магазин OVOP`, `${r.centre.names.en} OVOP shop`), centreIdOf.get(r.key)!, near(r.centre.at, 17 + i))),
  ];
  const exporters = ['ala-too-trade', 'silk-road-organics', 'tengri-export'].map((key, i) =>
    outlet('exporter', key, 'warehouse', n(`${key} кампасы`, `склад ${key}`, `${key} warehouse`), capitalId, near(CAPITAL.at, 5 + i)));
  const labs = [
    outlet('lab', 'bishkek-lab', 'lab', n('Улуттук тамак-аш лабораториясы', 'Национальная пищевая лаборатория', 'National food laboratory'), capitalId, near(CAPITAL.at, 9)),
    outlet('lab', 'karakol-lab', 'lab', n('Каракол лабораториясы', 'Каракольская лаборатория', 'Karakol laboratory'), centreIdOf.get('issyk-kul')!, near(karakol.at, 11)),
    outlet('lab', 'osh-lab', 'lab', n('Ош лабораториясы', 'Ошская лаборатория', 'Osh laboratory'), centreIdOf.get('osh')!, near(centreAt('osh').at, 11)),
  ];
  const inspectors = [1, 2, 3].map((k) => party('inspector', `inspector-${k}`, ['inspector']));
  const organicCertifier = party('certifier', 'organic-kg', ['certifier']);
  const halalCertifier = party('certifier', 'halal-centre', ['certifier']);
  const schemes = {
    organic: ids.id('scheme', 'organic'),
    halal: ids.id('scheme', 'halal'),
    madeInKyrgyzstan: ids.id('scheme', 'made-in-kyrgyzstan'),
    issykKulBrand: ids.id('scheme', 'issyk-kul-brand'),
  };
  const product = Object.fromEntries(PRODUCT_KEYS.map((k) => [k, ids.id('product', k)])) as Record<ProductKey, string>;
  const bySpeciality = (s: Speciality) => villages.filter((v) => v.speciality === s);
  return {
    admin,
    places: places.commands,
    products: productCommands((k) => product[k], ids.gtinCompany),
    parties,
    schemes: [
      { schemeId: schemes.organic, kind: 'organic', names: n('Органикалык', 'Органический', 'Organic (KG)'), issuerPartyId: organicCertifier.partyId },
      { schemeId: schemes.halal, kind: 'halal', names: n('Халал', 'Халяль', 'Halal'), issuerPartyId: halalCertifier.partyId },
      { schemeId: schemes.madeInKyrgyzstan, kind: 'national-brand', names: n('Кыргызстанда жасалган', 'Сделано в Кыргызстане', 'Made in Kyrgyzstan'), issuerPartyId: association.partyId },
      { schemeId: schemes.issykKulBrand, kind: 'regional-brand', names: n('Ысык-Көл бренди', 'Бренд Иссык-Куля', 'Issyk-Kul brand'), issuerPartyId: association.partyId, regionId: ids.id('region', 'issyk-kul') },
    ],
    specialisations: villages.map((v, i) => ({ villageId: v.villageId, productId: product[PRODUCT_OF[v.speciality]], since: `${2012 + (i % 12)}-05-01` })),
    world: {
      product, regions, berryVillages: bySpeciality('berries'), beetVillages: bySpeciality('beet'), woolVillages: bySpeciality('wool'), tallowVillages: bySpeciality('tallow'),
      sugarPlant, soapWorkshop, shops, exporters, labs, inspectors, organicCertifier, halalCertifier, association, schemes,
    },
  };
}

/** A village of the same region registered for something else (any other village when the region has none). */
function neighbourOf(village: VillageEntry, villageIdOf: ReadonlyMap<string, string>): string {
  const region = regionOf(village);
  const others = VILLAGES.filter((v) => v.speciality !== village.speciality);
  const near = others.find((v) => regionOf(v) === region) ?? others[0];
  return villageIdOf.get(near.key)!;
}

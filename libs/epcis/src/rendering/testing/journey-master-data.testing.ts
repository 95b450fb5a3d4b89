import { type Party, type Place, type PlaceKind, type Product, type ProductCategory, type UnitCode, demoGln, demoGtin13 } from '#tamga/domain';

/**
 * For tests: the master data of a small Issyk-Kul journey (honey from Tamga and Barskoon, a
 * workshop in Karakol, the OVOP shop in Bishkek, a border post), every id suffixed with `tag` so
 * tests writing to a shared database never collide. GTINs and GLNs are demo keys (prefix 470).
 */
export function journeyMasterData(tag = '') {
  const names = (en: string) => ({ ky: en, ru: en, en });
  const place = (id: string, kind: PlaceKind, reference: string, parentId?: string): Place => ({
    placeId: `${id}${tag}`,
    version: 1,
    kind,
    gln: demoGln('0042', reference),
    names: names(id),
    ...(parentId ? { parentId: `${parentId}${tag}` } : {}),
  });
  const product = (id: string, category: ProductCategory, reference: string, unit: UnitCode = 'KGM'): Product => ({
    productId: `${id}${tag}`,
    version: 1,
    gtin: `0${demoGtin13('0042', reference)}`,
    names: names(id),
    category,
    unit,
    yieldBounds: [],
  });
  const party = (id: string, kinds: Party['kinds'], operates: string[]): Party => ({
    partyId: `${id}${tag}`,
    version: 1,
    kinds,
    memberOfIds: [],
    operatesPlaceIds: operates.map((p) => `${p}${tag}`),
  });
  return {
    places: [
      place('region:issyk-kul', 'region', '00001'),
      place('district:ak-suu', 'district', '00002', 'region:issyk-kul'),
      place('village:tamga', 'village', '00003', 'district:ak-suu'),
      place('village:barskoon', 'village', '00004', 'district:ak-suu'),
      place('apiary:tamga-1', 'apiary', '00005', 'village:tamga'),
      place('workshop:karakol', 'workshop', '00006', 'district:ak-suu'),
      place('city:bishkek', 'city', '00007'),
      place('shop:ovop-bishkek', 'shop', '00008', 'city:bishkek'),
      place('border-post:ak-jol', 'border-post', '00009', 'city:bishkek'),
      place('lab:karakol', 'lab', '00010', 'district:ak-suu'),
    ],
    products: [
      product('product:honeycomb', 'honey', '00001'),
      product('product:white-sainfoin-honey', 'honey', '00002'),
      product('product:beeswax', 'other', '00003'),
    ],
    parties: [
      party('producer:asel-tamga', ['producer'], ['apiary:tamga-1']),
      party('producer:nurlan-barskoon', ['producer'], []),
      party('processor:karakol-honey', ['processor', 'exporter'], ['workshop:karakol', 'border-post:ak-jol']),
      party('shop:ovop-bishkek', ['shop'], ['shop:ovop-bishkek']),
    ],
  };
}

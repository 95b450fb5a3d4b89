import { MasterDataLookup, Party, Place, Product, Scheme, VillageSpecialisation } from '#tamga/domain';

/**
 * The dataset's master data as the rules consult it. Same answers as masterDataLookupOf, but a
 * village's specialisations are indexed: masterDataLookupOf filters the whole list on every call,
 * which a few hundred thousand harvest decisions would turn into billions of comparisons.
 */
export function indexedMasterData(data: {
  readonly products: readonly Product[];
  readonly places: readonly Place[];
  readonly parties: readonly Party[];
  readonly schemes: readonly Scheme[];
  readonly specialisations: readonly VillageSpecialisation[];
}): MasterDataLookup {
  const products = new Map(data.products.map((p) => [p.productId, p]));
  const places = new Map(data.places.map((p) => [p.placeId, p]));
  const parties = new Map(data.parties.map((p) => [p.partyId, p]));
  const schemes = new Map(data.schemes.map((s) => [s.schemeId, s]));
  const byVillage = new Map<string, VillageSpecialisation[]>();
  for (const s of data.specialisations) byVillage.set(s.villageId, [...(byVillage.get(s.villageId) ?? []), s]);
  return {
    product: (id) => products.get(id),
    place: (id) => places.get(id),
    party: (id) => parties.get(id),
    scheme: (id) => schemes.get(id),
    specialisations: (villageId) => byVillage.get(villageId) ?? [],
  };
}

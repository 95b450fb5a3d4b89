import { Party } from '../party/party';
import { Place } from '../place/place';
import { Product } from '../product/product';
import { Scheme } from '../scheme/scheme';
import { VillageSpecialisation } from '../village-specialisation/village-specialisation';

/**
 * The master data a lot rule may consult, already loaded by the caller (a command handler reads
 * the streams it needs before deciding, so the decision itself stays pure). Each method answers
 * the latest version, or undefined when the id is not registered.
 */
export interface MasterDataLookup {
  product(productId: string): Product | undefined;
  place(placeId: string): Place | undefined;
  party(partyId: string): Party | undefined;
  scheme(schemeId: string): Scheme | undefined;
  /** Every product the village is registered for, with dates. */
  specialisations(villageId: string): readonly VillageSpecialisation[];
}

/** A lookup over plain maps: what handlers build after loading streams, and what tests build by hand. */
export function masterDataLookupOf(data: {
  readonly products?: readonly Product[];
  readonly places?: readonly Place[];
  readonly parties?: readonly Party[];
  readonly schemes?: readonly Scheme[];
  readonly specialisations?: readonly VillageSpecialisation[];
}): MasterDataLookup {
  const byId = <T>(items: readonly T[] | undefined, id: (item: T) => string) => new Map((items ?? []).map((item) => [id(item), item]));
  const products = byId(data.products, (p) => p.productId);
  const places = byId(data.places, (p) => p.placeId);
  const parties = byId(data.parties, (p) => p.partyId);
  const schemes = byId(data.schemes, (s) => s.schemeId);
  return {
    product: (id) => products.get(id),
    place: (id) => places.get(id),
    party: (id) => parties.get(id),
    scheme: (id) => schemes.get(id),
    specialisations: (villageId) => (data.specialisations ?? []).filter((s) => s.villageId === villageId),
  };
}

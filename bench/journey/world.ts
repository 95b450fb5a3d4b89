import { Place, Product, Scheme, demoGln, demoGtin13 } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { recordMasterData } from '../../tests/support/seed-world';
import { partyWithKey } from '../../tests/support/test-keys';

/** The products every chain makes: comb honey harvested, honey extracted from it. */
export const COMB_HONEY = 'product:bench-comb-honey';
export const HONEY = 'product:bench-honey';

/** The parties of one client's supply chain, each with its own API key, and the places they run. */
export interface ChainWorld {
  readonly client: number;
  /** Harvests, merges, extracts, splits, packs and ships: a beekeepers' cooperative (producer and processor). */
  readonly coop: Actor;
  readonly shop: Actor;
  readonly exporter: Actor;
  readonly certifier: Actor;
  /** An inspector who is also a lab: inspects, holds, releases, dismisses flags, recalls. */
  readonly inspector: Actor;
  /** Registered for comb honey: its harvests are in order. */
  readonly villageId: string;
  /** Not registered for comb honey: a harvest there is flagged (the origin rule). */
  readonly otherVillageId: string;
  readonly apiaryId: string;
  readonly workshopId: string;
  readonly shopPlaceId: string;
  readonly warehouseId: string;
  readonly schemeId: string;
}

/** A party and the key it records with. */
export interface Actor {
  readonly partyId: string;
  readonly apiKey: string;
}

const names = (en: string) => ({ ky: en, ru: en, en });

/**
 * Registers the journey's master data straight in the event store (as the spine's harvest world
 * is): the two products with the extraction yield bound, and per client two villages, four
 * facilities and a scheme; then each client's five parties with a key each (tests/support/test-keys).
 */
export async function registerChainWorlds(store: PostgresEventStore, clients: number): Promise<ChainWorld[]> {
  let ref = 0;
  const gln = () => demoGln('0078', String(ref++).padStart(5, '0'));
  const region: Place = { placeId: 'region:bench-journey', version: 1, kind: 'region', gln: gln(), names: names('Journey region') };
  const district: Place = { placeId: 'district:bench-journey', version: 1, kind: 'district', gln: gln(), names: names('Journey district'), parentId: region.placeId };
  const product = (productId: string, yieldBounds: Product['yieldBounds']): Product => ({
    productId, version: 1, gtin: `0${demoGtin13('0078', String(ref++).padStart(5, '0'))}`, names: names(productId), category: 'honey', unit: 'KGM', yieldBounds,
  });
  const products = [product(COMB_HONEY, []), product(HONEY, [{ process: 'extraction', inputProductIds: [COMB_HONEY], min: 0.6, max: 0.85 }])];
  const worlds = Array.from({ length: clients }, (_, client) => placesOf(client));
  const place = (placeId: string, kind: Place['kind'], parentId: string): Place => ({ placeId, version: 1, kind, gln: gln(), names: names(placeId), parentId });
  const places = worlds.flatMap((w) => [
    place(w.villageId, 'village', district.placeId),
    place(w.otherVillageId, 'village', district.placeId),
    place(w.apiaryId, 'apiary', w.villageId),
    place(w.workshopId, 'workshop', w.villageId),
    place(w.shopPlaceId, 'shop', w.villageId),
    place(w.warehouseId, 'warehouse', w.villageId),
  ]);
  const schemes: Scheme[] = worlds.map((w) => ({ schemeId: w.schemeId, version: 1, kind: 'organic', names: names(w.schemeId), issuerPartyId: w.certifierId }));
  await recordMasterData(store, {
    places: [region, district, ...places],
    products,
    schemes,
    specialisations: worlds.map((w) => ({ villageId: w.villageId, productId: COMB_HONEY, since: '2015-01-01' })),
  });
  const result: ChainWorld[] = [];
  for (const w of worlds) {
    const keyOf = async (partyId: string, kinds: Parameters<typeof partyWithKey>[0]['kinds'], operatesPlaceIds: string[] = []): Promise<Actor> => ({
      partyId,
      apiKey: (await partyWithKey({ partyId, kinds, operatesPlaceIds: operatesPlaceIds.sort() }, { label: 'bench-journey' })).apiKey,
    });
    result.push({
      ...w,
      coop: await keyOf(w.coopId, ['processor', 'producer'], [w.apiaryId, w.workshopId]),
      shop: await keyOf(w.shopId, ['shop'], [w.shopPlaceId]),
      exporter: await keyOf(w.exporterId, ['exporter'], [w.warehouseId]),
      certifier: await keyOf(w.certifierId, ['certifier']),
      inspector: await keyOf(w.inspectorId, ['inspector', 'lab']),
    });
  }
  return result;
}

function placesOf(client: number) {
  const tag = `bench-j${client}`;
  return {
    client,
    villageId: `village:${tag}-a`,
    otherVillageId: `village:${tag}-b`,
    apiaryId: `apiary:${tag}`,
    workshopId: `workshop:${tag}`,
    shopPlaceId: `shop:${tag}`,
    warehouseId: `warehouse:${tag}`,
    schemeId: `scheme:${tag}-organic`,
    coopId: `producer:${tag}-coop`,
    shopId: `shop:${tag}-store`,
    exporterId: `exporter:${tag}`,
    certifierId: `certifier:${tag}`,
    inspectorId: `inspector:${tag}`,
  };
}

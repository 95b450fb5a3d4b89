import { Party, Place, Product, ProductCategory, demoGln, demoGtin13 } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import type { Pool } from 'pg';
import { recordMasterData } from '../../tests/support/seed-world';
import { partyWithKey } from '../../tests/support/test-keys';
import { PRODUCERS_PER_VILLAGE, PRODUCTS, UNITS, VILLAGES, producerIdOf } from './harvests';

const CATEGORIES: Record<string, ProductCategory> = {
  'white-sainfoin-honey': 'honey',
  'sea-buckthorn-berries': 'berries',
  'wild-raspberries': 'berries',
  'sheep-wool': 'wool',
  'dried-apricots': 'dried-fruit',
};
const names = (en: string) => ({ ky: en, ru: en, en });

/**
 * Registers, straight in the event store, every product, village and producer harvestFor() names:
 * the capture API refuses a harvest of anything unregistered. Each village is registered for every
 * product (a harvest outside its village's specialisations would add an origin flag, a second
 * event the spine does not count), and every producer is a member of `groupPartyId`, the village
 * group whose keys the bench clients hold (a group records its members' harvests). About 8,000
 * parties: a few seconds, before anything is timed.
 */
export async function registerHarvestWorld(store: PostgresEventStore, groupPartyId: string): Promise<void> {
  let ref = 0;
  // GLNs and GTINs valid (check digit) and distinct; the company reference is the bench's own.
  const gln = () => demoGln('0077', String(ref++).padStart(5, '0'));
  const region: Place = { placeId: 'region:bench-issyk-kul', version: 1, kind: 'region', gln: gln(), names: names('Bench region') };
  const district: Place = { placeId: 'district:bench-jeti-oguz', version: 1, kind: 'district', gln: gln(), names: names('Bench district'), parentId: region.placeId };
  const villages: Place[] = VILLAGES.map((v) => ({ placeId: `village:${v}`, version: 1, kind: 'village', gln: gln(), names: names(v), parentId: district.placeId }));
  const products: Product[] = PRODUCTS.map((p, i) => ({
    productId: `product:${p}`,
    version: 1,
    gtin: `0${demoGtin13('0077', String(ref++).padStart(5, '0'))}`,
    names: names(p),
    category: CATEGORIES[p],
    unit: UNITS[i] === 'g' ? 'GRM' : 'KGM',
    yieldBounds: [],
  }));
  const producers: Party[] = VILLAGES.flatMap((v) =>
    Array.from({ length: PRODUCERS_PER_VILLAGE }, (_, k) => ({
      partyId: producerIdOf(k, v),
      version: 1,
      kinds: ['producer'],
      memberOfIds: [groupPartyId],
      operatesPlaceIds: [],
    })),
  );
  await recordMasterData(store, {
    places: [region, district, ...villages],
    products,
    parties: producers,
    specialisations: villages.flatMap((v) => products.map((p) => ({ villageId: v.placeId, productId: p.productId, since: '2015-01-01' }))),
  });
}

/** The village group whose keys the harvest clients send. */
export const HARVEST_GROUP = 'producer:bench-group';

/**
 * Everything a harvest client needs to record: the harvest world, and `clients` keys of the
 * village group (one per client), issued straight in the event store. Returns the keys.
 */
export async function harvestWorldWithKeys(pool: Pool, clients: number): Promise<string[]> {
  const apiKeys: string[] = [];
  for (let i = 0; i < clients; i++) {
    apiKeys.push((await partyWithKey({ partyId: HARVEST_GROUP, kinds: ['producer'] }, { label: `bench-client-${i}` })).apiKey);
  }
  await registerHarvestWorld(new PostgresEventStore(pool), HARVEST_GROUP);
  return apiKeys;
}

import { randomBytes, randomUUID } from 'node:crypto';
import { Party, Place, Product, demoGln, demoGtin13, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';

/**
 * A small world written straight into the event store (no HTTP), for integration tests that drive
 * the capture pipeline directly: a village with an apiary, a workshop, a beekeeper who also
 * processes, a shop, comb honey and the honey extracted from it. Ids carry a random suffix, so
 * tests sharing a database never meet.
 */
export interface SeededWorld {
  readonly villageId: string;
  readonly apiaryId: string;
  readonly workshopId: string;
  readonly shopPlaceId: string;
  readonly combHoneyId: string;
  readonly honeyId: string;
  readonly beekeeper: Party;
  readonly shop: Party;
}

const names = (en: string) => ({ ky: en, ru: en, en });

export async function seedWorld(store: PostgresEventStore): Promise<SeededWorld> {
  const tag = randomBytes(4).toString('hex');
  const ref = () => String(Math.floor(Math.random() * 100_000)).padStart(5, '0');
  const place = (placeId: string, kind: Place['kind'], parentId?: string): Place => ({
    placeId, version: 1, kind, gln: demoGln('0009', ref()), names: names(placeId), ...(parentId ? { parentId } : {}),
  });
  const product = (productId: string, yieldBounds: Product['yieldBounds']): Product => ({
    productId, version: 1, gtin: `0${demoGtin13('0009', ref())}`, names: names(productId), category: 'honey', unit: 'KGM', yieldBounds,
  });
  const villageId = `village:seed-${tag}`;
  const places = [
    place(`district:seed-${tag}`, 'district'),
    place(villageId, 'village', `district:seed-${tag}`),
    place(`apiary:seed-${tag}`, 'apiary', villageId),
    place(`workshop:seed-${tag}`, 'workshop', villageId),
    place(`shop:seed-${tag}`, 'shop', villageId),
  ];
  const combHoneyId = `product:comb-${tag}`;
  const honeyId = `product:honey-${tag}`;
  const products = [product(combHoneyId, []), product(honeyId, [{ process: 'extraction', inputProductIds: [combHoneyId], min: 0.6, max: 0.85 }])];
  const beekeeper: Party = {
    partyId: `producer:seed-${tag}`, version: 1, kinds: ['processor', 'producer'], memberOfIds: [], operatesPlaceIds: [`apiary:seed-${tag}`, `workshop:seed-${tag}`].sort(),
  };
  const shop: Party = { partyId: `shop:seed-${tag}`, version: 1, kinds: ['shop'], memberOfIds: [], operatesPlaceIds: [`shop:seed-${tag}`] };
  const registered = (streamId: string, type: string, data: unknown) => ({
    streamId,
    expectedVersion: 0,
    events: [{ eventId: randomUUID(), type, schemaVersion: 1, occurredAt: new Date().toISOString(), data }],
  });
  await store.append(
    [
      ...places.map((p) => registered(streamIdOf.place(p.placeId), 'place.registered', p)),
      ...products.map((p) => registered(streamIdOf.product(p.productId), 'product.registered', p)),
      ...[beekeeper, shop].map((p) => registered(streamIdOf.party(p.partyId), 'party.registered', p)),
      registered(streamIdOf.specialisations(villageId), 'village.specialisation-registered', { villageId, productId: combHoneyId, since: '2015-01-01' }),
    ],
    { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) },
  );
  return {
    villageId,
    apiaryId: `apiary:seed-${tag}`,
    workshopId: `workshop:seed-${tag}`,
    shopPlaceId: `shop:seed-${tag}`,
    combHoneyId,
    honeyId,
    beekeeper,
    shop,
  };
}

import { randomBytes, randomUUID } from 'node:crypto';
import { Party, Place, Product, Scheme, VillageSpecialisation, demoGln, demoGtin13, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StreamAppend } from '#tamga/event-store';

/** Master data to write straight into the event store, each record as its registration event carries it. */
export interface MasterDataRecords {
  readonly places?: readonly Place[];
  readonly products?: readonly Product[];
  readonly parties?: readonly Party[];
  readonly schemes?: readonly Scheme[];
  readonly specialisations?: readonly VillageSpecialisation[];
}

/** How many streams one append writes: a few thousand producers are registered in a few transactions. */
const STREAMS_PER_APPEND = 1_000;

/**
 * Registers master data directly in the event store (no HTTP, no admin key), as the capture API's
 * registrations would record it. Records whose stream exists already are left as they are, and a
 * village's specialisation is added only if it is not there yet, so a script can run it again on
 * the same database (the bench on a DATABASE_URL it reuses).
 */
export async function recordMasterData(store: PostgresEventStore, records: MasterDataRecords): Promise<void> {
  const registrations = [
    ...(records.places ?? []).map((p) => ({ streamId: streamIdOf.place(p.placeId), type: 'place.registered', data: p })),
    ...(records.products ?? []).map((p) => ({ streamId: streamIdOf.product(p.productId), type: 'product.registered', data: p })),
    ...(records.parties ?? []).map((p) => ({ streamId: streamIdOf.party(p.partyId), type: 'party.registered', data: p })),
    ...(records.schemes ?? []).map((s) => ({ streamId: streamIdOf.scheme(s.schemeId), type: 'scheme.registered', data: s })),
  ];
  const byVillage = new Map<string, VillageSpecialisation[]>();
  for (const s of records.specialisations ?? []) byVillage.set(s.villageId, [...(byVillage.get(s.villageId) ?? []), s]);
  const specialisationStreams = [...byVillage.keys()].map(streamIdOf.specialisations);
  const existing = await store.readStreams([...registrations.map((r) => r.streamId), ...specialisationStreams]);
  const appends: StreamAppend[] = registrations
    .filter((r) => existing.get(r.streamId)!.length === 0)
    .map((r) => ({ streamId: r.streamId, expectedVersion: 0, events: [event(r.type, r.data)] }));
  for (const [villageId, wanted] of byVillage) {
    const stored = existing.get(streamIdOf.specialisations(villageId))!;
    const has = new Set(stored.map((e) => (e.data as VillageSpecialisation).productId));
    const missing = wanted.filter((s) => !has.has(s.productId));
    if (missing.length > 0) {
      appends.push({ streamId: streamIdOf.specialisations(villageId), expectedVersion: stored.length, events: missing.map((s) => event('village.specialisation-registered', s)) });
    }
  }
  for (let i = 0; i < appends.length; i += STREAMS_PER_APPEND) {
    await store.append(appends.slice(i, i + STREAMS_PER_APPEND), { actorId: null, metadata: {}, respond: () => ({ status: 201, body: {} }) });
  }
}

function event(type: string, data: unknown) {
  return { eventId: randomUUID(), type, schemaVersion: 1, occurredAt: new Date().toISOString(), data };
}

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
  await recordMasterData(store, {
    places,
    products,
    parties: [beekeeper, shop],
    specialisations: [{ villageId, productId: combHoneyId, since: '2015-01-01' }],
  });
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

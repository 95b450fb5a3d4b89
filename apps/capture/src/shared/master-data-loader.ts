import {
  MasterDataLookup,
  SigningKeysState,
  foldSigningKeys,
  Party,
  Place,
  Product,
  Scheme,
  VillageSpecialisation,
  masterDataLookupOf,
  streamIdOf,
} from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';

/** The master-data ids a command refers to; the loader reads exactly these streams. */
export interface MasterDataNeeds {
  readonly productIds?: readonly string[];
  readonly placeIds?: readonly string[];
  readonly partyIds?: readonly string[];
  readonly schemeIds?: readonly string[];
  readonly villageIds?: readonly string[];
}

/** Every master-data event carries the entity's whole latest version: the last event is the state. */
function latest<T>(events: readonly StoredEvent[] | undefined): T[] {
  return events && events.length > 0 ? [events[events.length - 1].data as T] : [];
}

/** A party's latest version: its last party.registered/revised (its signing keys share the stream and are not the party). */
export function latestParty(events: readonly StoredEvent[] | undefined): Party | undefined {
  const versions = (events ?? []).filter((e) => e.type === 'party.registered' || e.type === 'party.revised');
  return versions.length > 0 ? (versions[versions.length - 1].data as Party) : undefined;
}

/**
 * Reads the master data a command needs from the event store itself (one query), not from a read
 * model, so a rule never decides on a projection that lags behind a registration just made.
 */
export async function loadMasterData(eventStore: PostgresEventStore, needs: MasterDataNeeds): Promise<MasterDataLookup> {
  return (await readMasterData(eventStore, needs)).masterData;
}

/**
 * The master data a lot fact needs and the signing keys of its actor (ADR 0016), in the same one
 * query: the actor's party stream, read anyway for the rules, holds its keys too.
 */
export async function loadMasterDataAndKeys(
  eventStore: PostgresEventStore,
  needs: MasterDataNeeds,
  actorId: string,
): Promise<{ masterData: MasterDataLookup; signingKeys: SigningKeysState }> {
  const { masterData, streams } = await readMasterData(eventStore, { ...needs, partyIds: [...(needs.partyIds ?? []), actorId] });
  return { masterData, signingKeys: foldSigningKeys(streams.get(streamIdOf.party(actorId)) ?? []) };
}

async function readMasterData(eventStore: PostgresEventStore, needs: MasterDataNeeds) {
  const ids = {
    products: (needs.productIds ?? []).map(streamIdOf.product),
    places: (needs.placeIds ?? []).map(streamIdOf.place),
    parties: (needs.partyIds ?? []).map(streamIdOf.party),
    schemes: (needs.schemeIds ?? []).map(streamIdOf.scheme),
    villages: (needs.villageIds ?? []).map(streamIdOf.specialisations),
  };
  const streams = await eventStore.readStreams(Object.values(ids).flat());
  const masterData = masterDataLookupOf({
    products: ids.products.flatMap((id) => latest<Product>(streams.get(id))),
    places: ids.places.flatMap((id) => latest<Place>(streams.get(id))),
    parties: ids.parties.flatMap((id) => latestParty(streams.get(id)) ?? []),
    schemes: ids.schemes.flatMap((id) => latest<Scheme>(streams.get(id))),
    specialisations: ids.villages.flatMap((id) => (streams.get(id) ?? []).map((e) => e.data as VillageSpecialisation)),
  });
  return { masterData, streams };
}

import {
  ABSENT_PARTY,
  ABSENT_PLACE,
  ABSENT_PRODUCT,
  ABSENT_SCHEME,
  MasterDataLookup,
  Party,
  Place,
  PlaceState,
  Product,
  Scheme,
  VillageSpecialisation,
  decideRegisterParty,
  decideRegisterPlace,
  decideRegisterProduct,
  decideRegisterScheme,
  decideRegisterSpecialisation,
  streamIdOf,
} from '#tamga/domain';
import { indexedMasterData } from '../ledger/indexed-master-data';
import { SeededRandom } from '../seeded-random';
import { EventSink } from '../writing/pending-event';
import { WorldPlan } from './plan-world';

/**
 * Registers the planned master data as the capture API's admin endpoints would: each record
 * decided by its domain decide function (a place against its registered parent, a village's
 * specialisations against those before), recorded by the dataset's admin as version 1 of its
 * stream, dated `at` (before the season). Returns the lookup the lot rules consult; it refuses a
 * planned party that differs from what its registration decided.
 */
export function registerWorld(plan: WorldPlan, random: SeededRandom, sink: EventSink, at: Date): { masterData: MasterDataLookup; events: number } {
  const meta = { now: at, actorId: plan.admin.partyId };
  let events = 0;
  const record = (streamId: string, version: number, event: { type: string; schemaVersion: number; data: unknown }, actorId: string | null = plan.admin.partyId) => {
    events++;
    sink.add({ streamId, streamVersion: version, eventId: random.uuid(), type: event.type, schemaVersion: event.schemaVersion, occurredAt: at.toISOString(), actorId, data: event.data, metadata: { commandId: random.uuid() } });
  };
  const places = new Map<string, Place>();
  for (const command of plan.places) {
    const parent: PlaceState = command.parentId ? { status: 'registered', ...places.get(command.parentId)! } : ABSENT_PLACE;
    const [event] = decideRegisterPlace(command, ABSENT_PLACE, meta, parent);
    places.set(event.data.placeId, event.data);
    record(streamIdOf.place(event.data.placeId), 1, event);
  }
  const products: Product[] = plan.products.map((command) => {
    const [event] = decideRegisterProduct(command, ABSENT_PRODUCT, meta);
    record(streamIdOf.product(event.data.productId), 1, event);
    return event.data;
  });
  const parties: Party[] = plan.parties.map((planned) => {
    const [event] = decideRegisterParty({ partyId: planned.partyId, kinds: planned.kinds, memberOfIds: planned.memberOfIds, operatesPlaceIds: planned.operatesPlaceIds }, ABSENT_PARTY, meta);
    if (JSON.stringify(event.data) !== JSON.stringify(planned)) throw new Error(`Party ${planned.partyId} registers as ${JSON.stringify(event.data)}, not as planned`);
    // The admin registers itself, as `tamga admin-key` bootstraps one: no actor before it exists.
    record(streamIdOf.party(planned.partyId), 1, event, planned === plan.admin ? null : plan.admin.partyId);
    return event.data;
  });
  const schemes: Scheme[] = plan.schemes.map((command) => {
    const [event] = decideRegisterScheme(command, ABSENT_SCHEME, meta);
    record(streamIdOf.scheme(event.data.schemeId), 1, event);
    return event.data;
  });
  const specialisations: VillageSpecialisation[] = [];
  const versions = new Map<string, number>();
  for (const command of plan.specialisations) {
    const [event] = decideRegisterSpecialisation(command, specialisations.filter((s) => s.villageId === command.villageId), meta);
    const version = (versions.get(command.villageId) ?? 0) + 1;
    versions.set(command.villageId, version);
    specialisations.push(event.data);
    record(streamIdOf.specialisations(command.villageId), version, event);
  }
  return { masterData: indexedMasterData({ products, places: [...places.values()], parties, schemes, specialisations }), events };
}

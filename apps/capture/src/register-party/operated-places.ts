import { FACILITY_KINDS, Place, RegisterParty, streamIdOf } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';
import { unregisteredReference, wrongKindReference } from '../register-master-data/unregistered-reference';

/** The streams of the places a party says it operates, as the request lists them. */
export function operatedPlaceStreams(party: RegisterParty): string[] {
  return Array.isArray(party.operatesPlaceIds) ? party.operatesPlaceIds.map(streamIdOf.place) : [];
}

/**
 * Refuses a party that operates a place nobody registered, or a place that is no facility: a
 * party runs an apiary or a shop, not a village, and traces name the facility a lot was at.
 * Called after the decision accepted the ids, so each is named by its index in the request.
 */
export function assertOperatedPlaces(party: RegisterParty, streams: ReadonlyMap<string, readonly StoredEvent[]>): void {
  (party.operatesPlaceIds ?? []).forEach((id, i) => {
    const events = streams.get(streamIdOf.place(id)) ?? [];
    const field = `operatesPlaceIds[${i}]`;
    if (events.length === 0) throw unregisteredReference(field, 'place', id);
    const place = events[events.length - 1].data as Place;
    if (!(FACILITY_KINDS as readonly string[]).includes(place.kind)) {
      throw wrongKindReference(field, 'facility', `is a ${place.kind}, not a facility (${FACILITY_KINDS.join(', ')})`, id, place.kind);
    }
  });
}

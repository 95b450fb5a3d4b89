import { DomainError } from '../../shared/domain-error';
import { PartyKind } from '../../master-data/party/party-kind';
import { Party } from '../../master-data/party/party';
import { Place } from '../../master-data/place/place';
import { MasterDataLookup } from '../../master-data/lookup/master-data-lookup';
import { PlaceKind } from '../../master-data/place/place-kind';

/** Refuses an actor that holds none of the roles an action needs (403). */
export function assertRole(actor: Party, roles: readonly PartyKind[], action: string): void {
  if (!roles.some((role) => actor.kinds.includes(role))) {
    throw new DomainError('ACCESS.ROLE_REQUIRED', 'forbidden', `Only a ${roles.join(' or ')} may ${action}`, [
      { rule: 'role', message: `${action} needs the role ${roles.join(' or ')}`, required: roles, held: actor.kinds },
    ]);
  }
}

/**
 * Refuses a place that is not registered or not of the expected kinds (422), and one the actor does
 * not operate (403): a party records only at places it runs.
 */
export function assertOperatedPlace(
  masterData: MasterDataLookup,
  actor: Party,
  placeId: string,
  field: string,
  kinds?: readonly PlaceKind[],
): Place {
  const place = registeredPlace(masterData, placeId, field, kinds);
  if (!actor.operatesPlaceIds.includes(placeId)) {
    throw new DomainError('ACCESS.PLACE_NOT_OPERATED', 'forbidden', `${actor.partyId} does not operate ${placeId}`, [
      { field, rule: 'operated-place', message: 'a party records only at places it operates', placeId, partyId: actor.partyId },
    ]);
  }
  return place;
}

/** Refuses an unregistered place, or one of another kind (422). */
export function registeredPlace(masterData: MasterDataLookup, placeId: string, field: string, kinds?: readonly PlaceKind[]): Place {
  const place = masterData.place(placeId);
  if (!place) {
    throw new DomainError('REFERENCE.UNKNOWN_PLACE', 'invalid', `Place ${placeId} is not registered`, [
      { field, rule: 'registered-place', message: 'must name a registered place', placeId },
    ]);
  }
  if (kinds && !kinds.includes(place.kind)) {
    throw new DomainError('REFERENCE.WRONG_PLACE_KIND', 'invalid', `${placeId} is a ${place.kind}, not a ${kinds.join(' or ')}`, [
      { field, rule: 'place-kind', message: `must be a ${kinds.join(' or ')}`, placeId, kind: place.kind },
    ]);
  }
  return place;
}

/** Refuses a party that is not registered, or lacks the kind its part in the fact needs (422). */
export function registeredParty(masterData: MasterDataLookup, partyId: string, field: string, kinds?: readonly PartyKind[]): Party {
  const party = masterData.party(partyId);
  if (!party) {
    throw new DomainError('REFERENCE.UNKNOWN_PARTY', 'invalid', `Party ${partyId} is not registered`, [
      { field, rule: 'registered-party', message: 'must name a registered party', partyId },
    ]);
  }
  if (kinds && !kinds.some((k) => party.kinds.includes(k))) {
    throw new DomainError('REFERENCE.WRONG_PARTY_KIND', 'invalid', `${partyId} is not a ${kinds.join(' or ')}`, [
      { field, rule: 'party-kind', message: `must be a ${kinds.join(' or ')}`, partyId, kinds: party.kinds },
    ]);
  }
  return party;
}

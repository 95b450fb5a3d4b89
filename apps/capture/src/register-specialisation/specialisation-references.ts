import { DomainError, Place, RegisterSpecialisation, streamIdOf } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';
import { unregisteredReference, wrongKindReference } from '../register-master-data/unregistered-reference';

/** The settlements a product is registered to: where harvests happen and name their origin. */
export const SPECIALISING_PLACE_KINDS = ['village', 'town'] as const;

/**
 * Refuses a specialisation of a village nobody registered (404: the path names it), of a place
 * that is no village or town, or for a product nobody registered (422: the body names it). The
 * origin rule of every harvest reads these registrations, so each must point at real records.
 */
export function assertSpecialisationReferences(
  specialisation: RegisterSpecialisation,
  streams: ReadonlyMap<string, readonly StoredEvent[]>,
): void {
  const villageEvents = streams.get(streamIdOf.place(specialisation.villageId)) ?? [];
  if (villageEvents.length === 0) {
    throw new DomainError('PLACE.NOT_FOUND', 'not-found', `Village ${specialisation.villageId} is not registered`, [
      { field: 'villageId', rule: 'registered', message: 'the village must be registered first (POST /places)', value: specialisation.villageId },
    ]);
  }
  const village = villageEvents[villageEvents.length - 1].data as Place;
  if (!(SPECIALISING_PLACE_KINDS as readonly string[]).includes(village.kind)) {
    throw wrongKindReference('villageId', 'settlement', `is a ${village.kind}, not a village or town`, village.placeId, village.kind);
  }
  if ((streams.get(streamIdOf.product(specialisation.productId)) ?? []).length === 0) {
    throw unregisteredReference('productId', 'product', specialisation.productId);
  }
}

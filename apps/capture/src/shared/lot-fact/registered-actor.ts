import { DomainError, Party } from '#tamga/domain';

/** The actor's party as the rules need it; a key whose party is gone cannot record (403). */
export function registeredActor(party: Party | undefined, actorId: string): Party {
  if (!party) {
    throw new DomainError('ACCESS.UNKNOWN_PARTY', 'forbidden', `The key's party ${actorId} is not registered`, [
      { rule: 'registered-actor', message: 'the party this key belongs to is not registered', partyId: actorId },
    ]);
  }
  return party;
}

import { DomainError, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';

/**
 * Refuses personal details for a party the log does not know: details belong to a registered
 * party, read from the event store itself so a registration just made counts at once.
 */
export async function assertPartyRegistered(eventStore: PostgresEventStore, partyId: string): Promise<void> {
  const events = await eventStore.readStream(streamIdOf.party(partyId));
  if (events.length === 0) {
    throw new DomainError('PARTY.NOT_FOUND', 'not-found', `Party ${partyId} is not registered`, [
      { field: 'partyId', rule: 'registered', message: 'register the party first (POST /parties)' },
    ]);
  }
}

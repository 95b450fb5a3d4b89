import { MasterDataLookup, SigningKeysState, foldSigningKeys, masterDataLookupOf, streamIdOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { latestParty } from '../shared/master-data-loader';

/** What a signing-key decision needs: the party's stream (length, keys) and the actor's party (is it an admin?), in one read. */
export interface PartyKeyStreams {
  readonly streamId: string;
  readonly length: number;
  readonly keys: SigningKeysState;
  readonly masterData: MasterDataLookup;
}

/** Reads the party's stream and the actor's in one query. */
export async function readPartyKeyStreams(eventStore: PostgresEventStore, partyId: string, actorId: string): Promise<PartyKeyStreams> {
  const streamId = streamIdOf.party(partyId);
  const streams = await eventStore.readStreams([streamId, streamIdOf.party(actorId)]);
  const own: readonly StoredEvent[] = streams.get(streamId) ?? [];
  const actor = latestParty(streams.get(streamIdOf.party(actorId)));
  return { streamId, length: own.length, keys: foldSigningKeys(own), masterData: masterDataLookupOf({ parties: actor ? [actor] : [] }) };
}

import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, assertKeyKeeper } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { readPartyKeyStreams } from '../register-signing-key/party-key-streams';
import { SigningKeyResponse, signingKeyView } from '../register-signing-key/signing-key.response';
import { ListSigningKeysQuery } from './list-signing-keys.query';

/** A party's signing keys, active and revoked, read from its stream itself (a key just registered is listed at once). */
@QueryHandler(ListSigningKeysQuery)
export class ListSigningKeysHandler implements IQueryHandler<ListSigningKeysQuery, { signingKeys: SigningKeyResponse[] }> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  async execute(query: ListSigningKeysQuery): Promise<{ signingKeys: SigningKeyResponse[] }> {
    const party = await readPartyKeyStreams(this.eventStore, query.partyId, query.actorId);
    assertKeyKeeper(query.partyId, party.masterData, { now: new Date(), actorId: query.actorId }, 'list the signing keys');
    if (!party.keys.partyRegistered) {
      throw new DomainError('PARTY.NOT_FOUND', 'not-found', `Party ${query.partyId} is not registered`, [
        { field: 'partyId', rule: 'registered', message: 'must name a registered party', partyId: query.partyId },
      ]);
    }
    return { signingKeys: party.keys.keys.map((k) => signingKeyView(query.partyId, k)) };
  }
}

import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError, PartyPersonalDetails } from '#tamga/domain';
import { PartyPersonalDetailsStore } from '../party-personal-details/party-personal-details.store';
import { GetPartyPersonalDetailsQuery } from './get-party-personal-details.query';

/** Reads a party's details; none kept (never recorded, or erased) is a 404. */
@QueryHandler(GetPartyPersonalDetailsQuery)
export class GetPartyPersonalDetailsHandler implements IQueryHandler<GetPartyPersonalDetailsQuery, PartyPersonalDetails> {
  constructor(private readonly store: PartyPersonalDetailsStore) {}

  async execute(query: GetPartyPersonalDetailsQuery): Promise<PartyPersonalDetails> {
    const details = await this.store.find(query.partyId);
    if (!details) {
      throw new DomainError('PARTY.NO_PERSONAL_DETAILS', 'not-found', `No personal details are kept for ${query.partyId}`, [
        { field: 'partyId', rule: 'personal-details-kept', message: 'none were recorded, or they were erased' },
      ]);
    }
    return details;
  }
}

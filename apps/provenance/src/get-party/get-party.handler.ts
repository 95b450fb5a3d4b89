import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { PartyView, findParty } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetPartyQuery } from './get-party.query';

/** Reads a party from the read models; one not (yet) projected is a 404. */
@QueryHandler(GetPartyQuery)
export class GetPartyHandler implements IQueryHandler<GetPartyQuery, PartyView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetPartyQuery): Promise<PartyView> {
    const found = await findParty(this.pool, query.partyId);
    if (!found) throw notRegistered('PARTY.NOT_FOUND', 'party', 'partyId', query.partyId);
    return found;
  }
}

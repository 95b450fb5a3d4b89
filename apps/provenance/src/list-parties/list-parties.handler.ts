import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { MasterDataPage, PartyView, listParties } from '#tamga/read-models';
import { ListPartiesQuery } from './list-parties.query';

/** Reads one page of parties from the read models. */
@QueryHandler(ListPartiesQuery)
export class ListPartiesHandler implements IQueryHandler<ListPartiesQuery, MasterDataPage<PartyView>> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(query: ListPartiesQuery): Promise<MasterDataPage<PartyView>> {
    return listParties(this.pool, { kind: query.kind }, query.page);
  }
}

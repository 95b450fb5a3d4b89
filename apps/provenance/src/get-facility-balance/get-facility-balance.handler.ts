import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { FacilityBalanceView, findFacilityBalance } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetFacilityBalanceQuery } from './get-facility-balance.query';

/** Reads a facility's balance per product; a place neither registered nor named by any movement is a 404. */
@QueryHandler(GetFacilityBalanceQuery)
export class GetFacilityBalanceHandler implements IQueryHandler<GetFacilityBalanceQuery, FacilityBalanceView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetFacilityBalanceQuery): Promise<FacilityBalanceView> {
    const balance = await findFacilityBalance(this.pool, query.placeId);
    if (!balance) throw notRegistered('PLACE.NOT_FOUND', 'place', 'placeId', query.placeId);
    return balance;
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { LotBalanceView, findLotBalance } from '#tamga/read-models';
import { lotNotFound } from '../inspector/lot-id-param';
import { GetLotBalanceQuery } from './get-lot-balance.query';

/** Reads a lot's mass balance from its movements; no such lot is a 404. */
@QueryHandler(GetLotBalanceQuery)
export class GetLotBalanceHandler implements IQueryHandler<GetLotBalanceQuery, LotBalanceView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetLotBalanceQuery): Promise<LotBalanceView> {
    return (await findLotBalance(this.pool, query.lotId)) ?? Promise.reject(lotNotFound(query.lotId));
  }
}

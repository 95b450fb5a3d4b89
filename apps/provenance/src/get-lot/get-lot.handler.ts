import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { DomainError } from '#tamga/domain';
import { PG_POOL } from '#tamga/platform';
import { LotView, findLotProvenance } from '#tamga/read-models';
import { GetLotQuery } from './get-lot.query';

/** Reads a lot from the read models; a lot not (yet) projected is a 404. */
@QueryHandler(GetLotQuery)
export class GetLotHandler implements IQueryHandler<GetLotQuery, LotView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetLotQuery): Promise<LotView> {
    const lot = await findLotProvenance(this.pool, query.lotId);
    if (!lot) {
      throw new DomainError('LOT.NOT_FOUND', 'not-found', `No lot ${query.lotId} is recorded`, [
        { field: 'lotId', rule: 'recorded-lot', message: 'no lot with this id has been recorded' },
      ]);
    }
    return lot;
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { LotAuditView, findLotAudit } from '#tamga/read-models';
import { lotNotFound } from '../inspector/lot-id-param';
import { GetLotAuditQuery } from './get-lot-audit.query';

/** Reads a lot's events with the amendments beside what they amend; no such lot is a 404. */
@QueryHandler(GetLotAuditQuery)
export class GetLotAuditHandler implements IQueryHandler<GetLotAuditQuery, LotAuditView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetLotAuditQuery): Promise<LotAuditView> {
    return (await findLotAudit(this.pool, query.lotId)) ?? Promise.reject(lotNotFound(query.lotId));
  }
}

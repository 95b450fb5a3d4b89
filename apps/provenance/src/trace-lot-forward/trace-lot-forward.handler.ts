import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { TraceForwardView, traceLotForward } from '#tamga/read-models';
import { lotNotFound } from '../inspector/lot-id-param';
import { TraceLotForwardQuery } from './trace-lot-forward.query';

/** Traces a lot to everything made from it and where that went; no such lot is a 404. */
@QueryHandler(TraceLotForwardQuery)
export class TraceLotForwardHandler implements IQueryHandler<TraceLotForwardQuery, TraceForwardView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: TraceLotForwardQuery): Promise<TraceForwardView> {
    return (await traceLotForward(this.pool, query.lotId, query.maxDepth)) ?? Promise.reject(lotNotFound(query.lotId));
  }
}

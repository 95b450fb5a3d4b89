import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { TraceBackView, traceLotBack } from '#tamga/read-models';
import { lotNotFound } from '../inspector/lot-id-param';
import { TraceLotBackQuery } from './trace-lot-back.query';

/** Traces a lot to its origin villages and producers; no such lot is a 404. */
@QueryHandler(TraceLotBackQuery)
export class TraceLotBackHandler implements IQueryHandler<TraceLotBackQuery, TraceBackView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: TraceLotBackQuery): Promise<TraceBackView> {
    return (await traceLotBack(this.pool, query.lotId, query.maxDepth)) ?? Promise.reject(lotNotFound(query.lotId));
  }
}

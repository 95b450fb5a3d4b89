import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { OpenFlagsView, listOpenFlags } from '#tamga/read-models';
import { ListOpenFlagsQuery } from './list-open-flags.query';

/** Reads the open flags: projected ones and yield anomalies against the current bounds. */
@QueryHandler(ListOpenFlagsQuery)
export class ListOpenFlagsHandler implements IQueryHandler<ListOpenFlagsQuery, OpenFlagsView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(query: ListOpenFlagsQuery): Promise<OpenFlagsView> {
    return listOpenFlags(this.pool, { kind: query.kind, limit: query.limit });
  }
}

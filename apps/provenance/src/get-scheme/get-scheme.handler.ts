import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { SchemeView, findScheme } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetSchemeQuery } from './get-scheme.query';

/** Reads a scheme from the read models; one not (yet) projected is a 404. */
@QueryHandler(GetSchemeQuery)
export class GetSchemeHandler implements IQueryHandler<GetSchemeQuery, SchemeView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetSchemeQuery): Promise<SchemeView> {
    const found = await findScheme(this.pool, query.schemeId);
    if (!found) throw notRegistered('SCHEME.NOT_FOUND', 'scheme', 'schemeId', query.schemeId);
    return found;
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { KeyDataElementRow, keyDataElementRows } from '#tamga/read-models';
import { ExportEventsCsvQuery } from './export-events-csv.query';

/** The rows of a date range, in batches, read lazily as the download is sent. */
@QueryHandler(ExportEventsCsvQuery)
export class ExportEventsCsvHandler implements IQueryHandler<ExportEventsCsvQuery, AsyncIterable<KeyDataElementRow[]>> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: ExportEventsCsvQuery): Promise<AsyncIterable<KeyDataElementRow[]>> {
    return keyDataElementRows(this.pool, query.range);
  }
}

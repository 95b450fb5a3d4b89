import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { KeyDataElementRow, keyDataElementRows, traceLotIds } from '#tamga/read-models';
import { lotNotFound } from '../inspector/lot-id-param';
import { ExportLotTraceCsvQuery } from './export-lot-trace-csv.query';

/** What the trace spreadsheet streams, and whether the depth bound cut the trace short. */
export interface LotTraceSpreadsheet {
  readonly rows: AsyncIterable<KeyDataElementRow[]>;
  readonly lots: number;
  readonly complete: boolean;
}

/** Finds the trace's lots (a 404 before anything is streamed), then reads their events lazily. */
@QueryHandler(ExportLotTraceCsvQuery)
export class ExportLotTraceCsvHandler implements IQueryHandler<ExportLotTraceCsvQuery, LotTraceSpreadsheet> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: ExportLotTraceCsvQuery): Promise<LotTraceSpreadsheet> {
    const trace = await traceLotIds(this.pool, query.lotId, query.maxDepth);
    if (!trace) throw lotNotFound(query.lotId);
    return { rows: keyDataElementRows(this.pool, { lotIds: trace.lotIds }), lots: trace.lotIds.length, complete: !trace.depthLimitReached };
  }
}

import { Controller, Get, Param, Req, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiExcludeController } from '@nestjs/swagger';
import { DomainError, assertLotId } from '#tamga/domain';
import { ReplyLike } from '#tamga/platform';
import { DEFAULT_TRACE_DEPTH, KeyDataElementRow } from '#tamga/read-models';
import { eventDateRangeOf } from '../export-events-csv/event-date-range';
import { ExportEventsCsvQuery } from '../export-events-csv/export-events-csv.query';
import { LotTraceSpreadsheet } from '../export-lot-trace-csv/export-lot-trace-csv.handler';
import { ExportLotTraceCsvQuery } from '../export-lot-trace-csv/export-lot-trace-csv.query';
import { BrowserRequest, paramOf } from '../inspector-ui/browser-request';
import { InspectorBrowser, refusalOf } from '../inspector-ui/inspector-browser';
import { keyDataElementSpreadsheet } from '../kde-spreadsheet/key-data-element-spreadsheet';

/**
 * The spreadsheets for a signed-in browser: the same files as GET /lots/{id}/trace.csv and
 * /events.csv (same handlers, same bytes), behind the session instead of a Bearer key. A bad
 * request gets a page, not a file.
 */
@ApiExcludeController()
@Controller('inspect')
export class InspectSpreadsheetsController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly queryBus: QueryBus,
  ) {}

  @Get('lots/:lotId/trace.csv')
  async trace(@Param('lotId') lotId: string, @Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<StreamableFile | string> {
    const actor = await this.browser.actorOf(request, reply);
    if ('answered' in actor) return actor.answered;
    try {
      const id = assertLotId(lotId, 'lotId', 'malformed');
      const sheet = await this.queryBus.execute<ExportLotTraceCsvQuery, LotTraceSpreadsheet>(new ExportLotTraceCsvQuery(id, DEFAULT_TRACE_DEPTH));
      reply.header('Tamga-Trace-Complete', String(sheet.complete)).header('Cache-Control', 'no-store');
      return keyDataElementSpreadsheet(sheet.rows, `tamga-trace-${id}.csv`);
    } catch (error) {
      const refusal = refusalOf(error, { lotId });
      if (refusal) return this.browser.refuse(request, reply, refusal, actor.partyId);
      throw error;
    }
  }

  @Get('events.csv')
  async events(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<StreamableFile | string> {
    const actor = await this.browser.actorOf(request, reply);
    if ('answered' in actor) return actor.answered;
    try {
      const range = eventDateRangeOf(paramOf(request.query, 'from'), paramOf(request.query, 'to'));
      const rows = await this.queryBus.execute<ExportEventsCsvQuery, AsyncIterable<KeyDataElementRow[]>>(new ExportEventsCsvQuery(range));
      const day = (at: Date) => new Date(at.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
      reply.header('Cache-Control', 'no-store');
      return keyDataElementSpreadsheet(rows, `tamga-events-${day(range.from)}-${day(new Date(range.to.getTime() - 1))}.csv`);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'invalid') {
        return this.browser.refuse(request, reply, { kind: 'bad-range', reason: error.message }, actor.partyId);
      }
      throw error;
    }
  }
}

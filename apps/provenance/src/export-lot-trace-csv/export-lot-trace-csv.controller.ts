import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { DEFAULT_TRACE_DEPTH } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { lotIdParam } from '../inspector/lot-id-param';
import { TraceDepthRequestDto } from '../inspector/trace-depth.request.dto';
import { CSV_MEDIA_TYPE, keyDataElementSpreadsheet } from '../kde-spreadsheet/key-data-element-spreadsheet';
import { ExportLotTraceCsvQuery } from './export-lot-trace-csv.query';
import { LotTraceSpreadsheet } from './export-lot-trace-csv.handler';

/**
 * GET /lots/:lotId/trace.csv: the events of the lot, of every lot it was made from and of every
 * lot made from it, one row per event of each lot, sorted by event time. A CSV has no room to say
 * the depth bound stopped the trace, so the `Tamga-Trace-Complete` header does.
 */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller('lots')
export class ExportLotTraceCsvController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':lotId/trace.csv')
  @ApiProduces(CSV_MEDIA_TYPE)
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM and a header row (RFC 4180); headers Tamga-Trace-Lots and Tamga-Trace-Complete' })
  @ApiBadRequestResponse({ description: 'Not a lot code: problem+json' })
  @ApiNotFoundResponse({ description: 'No such lot (yet): problem+json' })
  async export(@Param('lotId') lotId: string, @Query() query: TraceDepthRequestDto, @Res({ passthrough: true }) reply: ReplyLike): Promise<StreamableFile> {
    const id = lotIdParam(lotId);
    const sheet = await this.queryBus.execute<ExportLotTraceCsvQuery, LotTraceSpreadsheet>(new ExportLotTraceCsvQuery(id, query.maxDepth ?? DEFAULT_TRACE_DEPTH));
    reply.header('Tamga-Trace-Lots', String(sheet.lots));
    reply.header('Tamga-Trace-Complete', String(sheet.complete));
    return keyDataElementSpreadsheet(sheet.rows, `tamga-trace-${id}.csv`);
  }
}

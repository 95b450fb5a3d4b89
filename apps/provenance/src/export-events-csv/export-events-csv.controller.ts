import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiProduces, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { KeyDataElementRow } from '#tamga/read-models';
import { InspectorsOnly } from '../inspector/inspectors-only.decorator';
import { CSV_MEDIA_TYPE, keyDataElementSpreadsheet } from '../kde-spreadsheet/key-data-element-spreadsheet';
import { eventDateRangeOf } from './event-date-range';
import { ExportEventsCsvQuery } from './export-events-csv.query';
import { ExportEventsCsvRequestDto } from './export-events-csv.request.dto';

/**
 * GET /events.csv?from=&to=: every event that happened in the range, one row per event of each
 * lot, with FSMA 204-style key data elements, sorted by event time: what an inspector files when
 * asked for records "within 24 hours".
 */
@ApiTags('inspectors')
@InspectorsOnly()
@Controller()
export class ExportEventsCsvController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get('events.csv')
  @ApiProduces(CSV_MEDIA_TYPE)
  @ApiOkResponse({ description: 'UTF-8 CSV with a BOM and a header row (RFC 4180)' })
  @ApiUnprocessableEntityResponse({ description: 'from or to missing or not a date or time, to not after from, or more than 366 days: problem+json' })
  async export(@Query() query: ExportEventsCsvRequestDto): Promise<StreamableFile> {
    const range = eventDateRangeOf(query.from, query.to);
    const rows = await this.queryBus.execute<ExportEventsCsvQuery, AsyncIterable<KeyDataElementRow[]>>(new ExportEventsCsvQuery(range));
    const day = (at: Date) => new Date(at.getTime() + 6 * 3_600_000).toISOString().slice(0, 10);
    return keyDataElementSpreadsheet(rows, `tamga-events-${day(range.from)}-${day(new Date(range.to.getTime() - 1))}.csv`);
  }
}

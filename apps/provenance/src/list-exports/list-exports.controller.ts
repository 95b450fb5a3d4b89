import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MasterDataPage } from '#tamga/read-models';
import { pageRequestOf } from '../master-data-reads/page-query.dto';
import { ListedExport } from './list-exports.handler';
import { ListExportsQuery } from './list-exports.query';
import { ListExportsRequestDto } from './list-exports.request.dto';

/**
 * GET /exports: export shipments in shipment-id order, a page at a time. Public, like every
 * provenance read: each export's facts are already public on its lots (docs/adr/0013).
 */
@ApiTags('exports')
@Controller('exports')
export class ListExportsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ items, next }: each shipment with destination, buyer (an organisation), exporter id, lots and links to its dossier; pass `next` as `after`' })
  @ApiUnprocessableEntityResponse({ description: 'A bad limit: problem+json' })
  list(@Query() query: ListExportsRequestDto): Promise<MasterDataPage<ListedExport>> {
    return this.queryBus.execute<ListExportsQuery, MasterDataPage<ListedExport>>(new ListExportsQuery(pageRequestOf(query)));
  }
}

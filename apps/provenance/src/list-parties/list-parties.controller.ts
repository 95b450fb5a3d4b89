import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MasterDataPage, PartyView } from '#tamga/read-models';
import { pageRequestOf } from '../master-data-reads/page-query.dto';
import { ListPartiesQuery } from './list-parties.query';
import { ListPartiesRequestDto } from './list-parties.request.dto';

/** GET /parties?kind=producer: registered parties (public data only) in id order, a page at a time. */
@ApiTags('master data')
@Controller('parties')
export class ListPartiesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ items, next }: pass `next` as `after` for the following page' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown kind or a bad limit: problem+json' })
  list(@Query() query: ListPartiesRequestDto): Promise<MasterDataPage<PartyView>> {
    return this.queryBus.execute<ListPartiesQuery, MasterDataPage<PartyView>>(new ListPartiesQuery(query.kind, pageRequestOf(query)));
  }
}

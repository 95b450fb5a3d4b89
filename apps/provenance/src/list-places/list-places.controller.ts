import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MasterDataPage, PlaceView } from '#tamga/read-models';
import { pageRequestOf } from '../master-data-reads/page-query.dto';
import { ListPlacesQuery } from './list-places.query';
import { ListPlacesRequestDto } from './list-places.request.dto';

/** GET /places?kind=village: registered places in id order, a page at a time. */
@ApiTags('master data')
@Controller('places')
export class ListPlacesController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ items, next }: pass `next` as `after` for the following page' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown kind or a bad limit: problem+json' })
  list(@Query() query: ListPlacesRequestDto): Promise<MasterDataPage<PlaceView>> {
    return this.queryBus.execute<ListPlacesQuery, MasterDataPage<PlaceView>>(new ListPlacesQuery(query.kind, pageRequestOf(query)));
  }
}

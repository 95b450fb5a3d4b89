import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { MasterDataPage, ProductView } from '#tamga/read-models';
import { pageRequestOf } from '../master-data-reads/page-query.dto';
import { ListProductsQuery } from './list-products.query';
import { ListProductsRequestDto } from './list-products.request.dto';

/** GET /products?category=honey: registered products in id order, a page at a time. */
@ApiTags('master data')
@Controller('products')
export class ListProductsController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get()
  @ApiOkResponse({ description: '{ items, next }: pass `next` as `after` for the following page' })
  @ApiUnprocessableEntityResponse({ description: 'An unknown category or a bad limit: problem+json' })
  list(@Query() query: ListProductsRequestDto): Promise<MasterDataPage<ProductView>> {
    return this.queryBus.execute<ListProductsQuery, MasterDataPage<ProductView>>(new ListProductsQuery(query.category, pageRequestOf(query)));
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { MasterDataPage, ProductView, listProducts } from '#tamga/read-models';
import { ListProductsQuery } from './list-products.query';

/** Reads one page of products from the read models. */
@QueryHandler(ListProductsQuery)
export class ListProductsHandler implements IQueryHandler<ListProductsQuery, MasterDataPage<ProductView>> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  execute(query: ListProductsQuery): Promise<MasterDataPage<ProductView>> {
    return listProducts(this.pool, { category: query.category }, query.page);
  }
}

import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { Pool } from 'pg';
import { PG_POOL } from '#tamga/platform';
import { ProductView, findProduct } from '#tamga/read-models';
import { notRegistered } from '../master-data-reads/not-registered';
import { GetProductQuery } from './get-product.query';

/** Reads a product from the read models; one not (yet) projected is a 404. */
@QueryHandler(GetProductQuery)
export class GetProductHandler implements IQueryHandler<GetProductQuery, ProductView> {
  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  async execute(query: GetProductQuery): Promise<ProductView> {
    const found = await findProduct(this.pool, query.productId);
    if (!found) throw notRegistered('PRODUCT.NOT_FOUND', 'product', 'productId', query.productId);
    return found;
  }
}

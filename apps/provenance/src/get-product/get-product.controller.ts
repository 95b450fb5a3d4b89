import { Controller, Get, Param } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ProductView } from '#tamga/read-models';
import { referenceIdParam } from '../master-data-reads/reference-id-param';
import { GetProductQuery } from './get-product.query';

/** GET /products/{productId}: a product with its GTIN, names, category, unit and yield bounds. */
@ApiTags('master data')
@Controller('products')
export class GetProductController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':productId')
  @ApiOkResponse({ description: 'The product at its latest version' })
  @ApiBadRequestResponse({ description: 'Not a product id: problem+json' })
  @ApiNotFoundResponse({ description: 'No such product: problem+json' })
  get(@Param('productId') productId: string): Promise<ProductView> {
    return this.queryBus.execute<GetProductQuery, ProductView>(new GetProductQuery(referenceIdParam(productId, 'productId')));
  }
}

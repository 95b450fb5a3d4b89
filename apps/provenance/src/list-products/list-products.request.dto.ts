import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PRODUCT_CATEGORIES } from '#tamga/domain';
import { PageQueryDto } from '../master-data-reads/page-query.dto';

/** The query of GET /products: a category, and a page. */
export class ListProductsRequestDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PRODUCT_CATEGORIES })
  @IsOptional()
  @IsIn(PRODUCT_CATEGORIES)
  category?: string;
}

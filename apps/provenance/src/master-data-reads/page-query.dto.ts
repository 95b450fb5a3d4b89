import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

/** The most records one list page holds. */
export const MAX_PAGE_SIZE = 500;

/** Paging of a master-data list: records in id order, after the previous page's `next`. */
export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` of the previous page' })
  @IsOptional()
  @IsString()
  after?: string;
}

/** The page a query asks for, with the default size. */
export function pageRequestOf(query: PageQueryDto): { limit: number; after?: string } {
  return { limit: query.limit ?? 100, ...(query.after !== undefined && { after: query.after }) };
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PLACE_KINDS } from '#tamga/domain';
import { PageQueryDto } from '../master-data-reads/page-query.dto';

/** The query of GET /places: a kind, and a page. */
export class ListPlacesRequestDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PLACE_KINDS })
  @IsOptional()
  @IsIn(PLACE_KINDS)
  kind?: string;
}

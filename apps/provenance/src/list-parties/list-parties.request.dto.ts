import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PARTY_KINDS } from '#tamga/domain';
import { PageQueryDto } from '../master-data-reads/page-query.dto';

/** The query of GET /parties: a kind the party holds, and a page. */
export class ListPartiesRequestDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: PARTY_KINDS })
  @IsOptional()
  @IsIn(PARTY_KINDS)
  kind?: string;
}

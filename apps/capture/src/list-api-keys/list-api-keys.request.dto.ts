import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { REFERENCE_ID_PATTERN } from '#tamga/domain';

/** The query of "list API keys": every key, or one party's. */
export class ListApiKeysRequestDto {
  @ApiPropertyOptional({ example: 'producer:asel-tamga' })
  @IsOptional()
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'partyId must be a lowercase identifier such as producer:asel-tamga' })
  partyId?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { OPEN_FLAG_KINDS, OpenFlagKind } from '#tamga/read-models';

/** The most flags one answer lists; `counts` still counts them all. */
export const MAX_FLAGS = 1_000;

/** The query of GET /flags. */
export class ListOpenFlagsRequestDto {
  @ApiPropertyOptional({ enum: OPEN_FLAG_KINDS })
  @IsOptional()
  @IsIn(OPEN_FLAG_KINDS)
  kind?: OpenFlagKind;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_FLAGS, default: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_FLAGS)
  limit?: number;
}

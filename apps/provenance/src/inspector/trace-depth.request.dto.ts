import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { DEFAULT_TRACE_DEPTH, MAX_TRACE_DEPTH } from '#tamga/read-models';

/** How many links deep a trace may go: bounded, so no record (not even a corrupt, cyclic one) can make it run away. */
export class TraceDepthRequestDto {
  @ApiPropertyOptional({ minimum: 1, maximum: MAX_TRACE_DEPTH, default: DEFAULT_TRACE_DEPTH, description: 'Links to follow at most; the answer says when the bound stopped the walk' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_TRACE_DEPTH)
  maxDepth?: number;
}

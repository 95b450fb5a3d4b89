import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { RecordHarvestRequestDto } from '../record-harvest/record-harvest.request.dto';

/** The most harvests one batch may carry. */
export const MAX_HARVESTS_PER_BATCH = 1000;

/** Several harvests recorded together, all or none. */
export class RecordHarvestBatchRequestDto {
  @ApiProperty({ type: [RecordHarvestRequestDto], minItems: 1, maxItems: MAX_HARVESTS_PER_BATCH })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_HARVESTS_PER_BATCH)
  @ValidateNested({ each: true })
  @Type(() => RecordHarvestRequestDto)
  harvests!: RecordHarvestRequestDto[];
}

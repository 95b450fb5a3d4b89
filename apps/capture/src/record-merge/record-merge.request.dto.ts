import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { LOT_ID_PATTERN, MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record a merge": lots of one product pooled into one new lot. */
export class RecordMergeRequestDto {
  @IsOptional()
  @OptionalFactId('transformationId', 'pool-2026-08-21-01')
  transformationId?: string;

  @ApiProperty({ type: [LotQuantityDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_LOTS_PER_FACT - 1)
  @ValidateNested({ each: true })
  @Type(() => LotQuantityDto)
  inputs!: LotQuantityDto[];

  @ApiProperty({ example: 'TMG-2026-0100' })
  @IsString()
  @Matches(LOT_ID_PATTERN, { message: 'outputLotId must be 1 to 20 letters, digits, ".", "_" or "-"' })
  outputLotId!: string;

  @ApiProperty({ example: 'warehouse:tamga-group' })
  @IsString()
  placeId!: string;

  @FactTime('mergedAt')
  mergedAt!: string;
}

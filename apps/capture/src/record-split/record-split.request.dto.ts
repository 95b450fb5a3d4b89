import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { LOT_ID_PATTERN, MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record a split": one lot into new lots of the same product. */
export class RecordSplitRequestDto {
  @IsOptional()
  @OptionalFactId('transformationId', 'split-2026-08-21-01')
  transformationId?: string;

  @ApiProperty({ example: 'TMG-2026-0001' })
  @IsString()
  @Matches(LOT_ID_PATTERN, { message: 'lotId must be 1 to 20 letters, digits, ".", "_" or "-"' })
  lotId!: string;

  @ApiProperty({ example: 'workshop:karakol-honey' })
  @IsString()
  placeId!: string;

  @ApiProperty({ type: [LotQuantityDto] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(MAX_LOTS_PER_FACT - 1)
  @ValidateNested({ each: true })
  @Type(() => LotQuantityDto)
  outputs!: LotQuantityDto[];

  @FactTime('splitAt')
  splitAt!: string;
}

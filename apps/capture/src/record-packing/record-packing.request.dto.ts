import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { MAX_UNITS_PER_PACKING } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { QuantityDto } from '../shared/dto/quantity.dto';

/** The body of "record a packing run" of the lot in the path. */
export class RecordPackingRequestDto {
  @IsOptional()
  @OptionalFactId('packingId', 'packing-2026-08-22-01')
  packingId?: string;

  @ApiProperty({ example: 'workshop:karakol-honey' })
  @IsString()
  placeId!: string;

  @ApiProperty({ type: QuantityDto, description: 'How much of the lot each unit holds' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  unitSize!: QuantityDto;

  @ApiProperty({ type: [String], example: ['J0001', 'J0002'], description: 'GS1 AI (21) serials, unique within the lot' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_UNITS_PER_PACKING)
  @IsString({ each: true })
  serials!: string[];

  @FactTime('packedAt')
  packedAt!: string;
}

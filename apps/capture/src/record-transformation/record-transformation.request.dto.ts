import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { MAX_LOTS_PER_FACT, REFERENCE_ID_PATTERN, TRANSFORMATION_PROCESSES } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** A new lot a transformation makes. */
export class TransformationOutputDto extends LotQuantityDto {
  @ApiProperty({ example: 'product:white-sainfoin-honey' })
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'productId must be a lowercase identifier' })
  productId!: string;
}

/** The body of "record a transformation". */
export class RecordTransformationRequestDto {
  @IsOptional()
  @OptionalFactId('transformationId', 'extraction-2026-08-20-01')
  transformationId?: string;

  @ApiProperty({ enum: TRANSFORMATION_PROCESSES })
  @IsIn(TRANSFORMATION_PROCESSES, { message: `process must be one of ${TRANSFORMATION_PROCESSES.join(', ')}` })
  process!: string;

  @ApiProperty({ example: 'workshop:karakol-honey' })
  @IsString()
  placeId!: string;

  @ApiProperty({ type: [LotQuantityDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOTS_PER_FACT)
  @ValidateNested({ each: true })
  @Type(() => LotQuantityDto)
  inputs!: LotQuantityDto[];

  @ApiProperty({ type: [TransformationOutputDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOTS_PER_FACT)
  @ValidateNested({ each: true })
  @Type(() => TransformationOutputDto)
  outputs!: TransformationOutputDto[];

  @FactTime('transformedAt')
  transformedAt!: string;
}

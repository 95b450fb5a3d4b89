import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { MAX_LOTS_PER_FACT, REFERENCE_ID_PATTERN, TRANSFORMATION_PROCESSES } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { ListOf } from '../shared/dto/lot-list';
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

  @ListOf(() => LotQuantityDto, 1, MAX_LOTS_PER_FACT)
  inputs!: LotQuantityDto[];

  @ListOf(() => TransformationOutputDto, 1, MAX_LOTS_PER_FACT)
  outputs!: TransformationOutputDto[];

  @FactTime('transformedAt')
  transformedAt!: string;
}

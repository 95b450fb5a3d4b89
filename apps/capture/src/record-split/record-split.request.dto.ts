import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { ListOf, LotIdField } from '../shared/dto/lot-list';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record a split": one lot into new lots of the same product. */
export class RecordSplitRequestDto {
  @IsOptional()
  @OptionalFactId('transformationId', 'split-2026-08-21-01')
  transformationId?: string;

  @LotIdField('lotId')
  lotId!: string;

  @ApiProperty({ example: 'workshop:karakol-honey' })
  @IsString()
  placeId!: string;

  @ListOf(() => LotQuantityDto, 2, MAX_LOTS_PER_FACT - 1)
  outputs!: LotQuantityDto[];

  @FactTime('splitAt')
  splitAt!: string;
}

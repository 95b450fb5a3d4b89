import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { ListOf, LotIdField } from '../shared/dto/lot-list';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record a merge": lots of one product pooled into one new lot. */
export class RecordMergeRequestDto {
  @IsOptional()
  @OptionalFactId('transformationId', 'pool-2026-08-21-01')
  transformationId?: string;

  @ListOf(() => LotQuantityDto, 2, MAX_LOTS_PER_FACT - 1)
  inputs!: LotQuantityDto[];

  @LotIdField('outputLotId', 'TMG-2026-0100')
  outputLotId!: string;

  @ApiProperty({ example: 'warehouse:tamga-group' })
  @IsString()
  placeId!: string;

  @FactTime('mergedAt')
  mergedAt!: string;
}

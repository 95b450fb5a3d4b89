import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, ValidateNested } from 'class-validator';
import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { FactTime } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The body of "record the receipt" of the shipment in the path: what arrived of each lot. */
export class RecordReceiptRequestDto {
  @ApiProperty({ type: [LotQuantityDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_LOTS_PER_FACT)
  @ValidateNested({ each: true })
  @Type(() => LotQuantityDto)
  lots!: LotQuantityDto[];

  @FactTime('receivedAt')
  receivedAt!: string;
}

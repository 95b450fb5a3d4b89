import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, ValidateNested } from 'class-validator';
import { LotIdField } from './lot-list';
import { QuantityDto } from './quantity.dto';

/** A quantity of one lot: what a shipment, receipt, export or input takes from it. */
export class LotQuantityDto {
  @LotIdField('lotId')
  lotId!: string;

  @ApiProperty({ type: QuantityDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity!: QuantityDto;
}

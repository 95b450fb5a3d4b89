import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsString, Matches, ValidateNested } from 'class-validator';
import { LOT_ID_PATTERN } from '#tamga/domain';
import { QuantityDto } from './quantity.dto';

/** A quantity of one lot: what a shipment, receipt, export or input takes from it. */
export class LotQuantityDto {
  @ApiProperty({ example: 'TMG-2026-0001' })
  @IsString()
  @Matches(LOT_ID_PATTERN, { message: 'lotId must be 1 to 20 letters, digits, ".", "_" or "-"' })
  lotId!: string;

  @ApiProperty({ type: QuantityDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity!: QuantityDto;
}

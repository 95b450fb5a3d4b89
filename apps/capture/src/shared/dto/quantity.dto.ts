import { ApiProperty } from '@nestjs/swagger';
import { IsNumber, IsString } from 'class-validator';
import { ACCEPTED_UNIT_NAMES } from '#tamga/domain';

/** An amount in a unit, as a client sends it; the rules convert it to the lot's unit. */
export class QuantityDto {
  @ApiProperty({ example: 42.5, description: 'Greater than zero, at most three decimals' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount!: number;

  @ApiProperty({ example: 'kg', enum: ACCEPTED_UNIT_NAMES, description: 'UN/CEFACT code or its alias' })
  @IsString()
  unit!: string;
}

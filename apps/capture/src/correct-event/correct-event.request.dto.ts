import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsUUID, ValidateNested } from 'class-validator';
import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime } from '../shared/dto/fact-time';
import { QuantityDto } from '../shared/dto/quantity.dto';

/** The body of "correct" an earlier event of the lot in the path. */
export class CorrectEventRequestDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  correctsEventId!: string;

  @ApiProperty({ type: QuantityDto, description: 'The right quantity' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity!: QuantityDto;

  @FactTime('correctedAt')
  correctedAt!: string;
}

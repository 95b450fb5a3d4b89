import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime } from '../shared/dto/fact-time';

/** The body of "retract" an earlier event of the lot in the path. */
export class RetractEventRequestDto extends ReasonDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  retractsEventId!: string;

  @FactTime('retractedAt')
  retractedAt!: string;
}

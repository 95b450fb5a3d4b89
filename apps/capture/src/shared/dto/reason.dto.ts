import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Why something was done: every hold, release, revocation, recall, correction and retraction says why. */
export class ReasonDto {
  @ApiProperty({ example: 'HMF above limit in the lab report' })
  @IsString()
  @MaxLength(500)
  reason!: string;
}

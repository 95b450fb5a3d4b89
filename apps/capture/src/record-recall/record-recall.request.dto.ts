import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString } from 'class-validator';
import { ReasonDto } from '../shared/dto/reason.dto';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';

/** The body of "recall" the lot in the path. */
export class RecordRecallRequestDto extends ReasonDto {
  @IsOptional()
  @OptionalFactId('recallId', 'RECALL-2026-01')
  recallId?: string;

  @ApiProperty({ enum: ['whole-lot', 'listed-units'] })
  @IsIn(['whole-lot', 'listed-units'])
  scope!: 'whole-lot' | 'listed-units';

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10_000)
  @IsString({ each: true })
  serials?: string[];

  @FactTime('recalledAt')
  recalledAt!: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsArray, IsNumber, IsString } from 'class-validator';
import { TRANSFORMATION_PROCESSES } from '#tamga/domain';

/** How much of the product one process may yield from its inputs: output / inputs within [min, max]. */
export class YieldBoundDto {
  @ApiProperty({ enum: TRANSFORMATION_PROCESSES, example: 'extraction' })
  @IsString()
  process!: string;

  @ApiProperty({ type: [String], example: ['product:comb-honey'] })
  @IsArray()
  @IsString({ each: true })
  inputProductIds!: string[];

  @ApiProperty({ example: 0.6 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min!: number;

  @ApiProperty({ example: 0.85 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max!: number;
}

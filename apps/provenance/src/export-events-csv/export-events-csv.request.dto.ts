import { ApiProperty } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';

/** The query of GET /events.csv: the range, read by eventDateRangeOf (which names what is missing or wrong). */
export class ExportEventsCsvRequestDto {
  @ApiProperty({ example: '2026-07-01', description: 'A date (Kyrgyzstan day, included) or a time with an offset (included)' })
  @IsOptional()
  @IsString()
  from?: string;

  @ApiProperty({ example: '2026-08-31', description: 'A date (Kyrgyzstan day, included) or a time with an offset (excluded)' })
  @IsOptional()
  @IsString()
  to?: string;
}

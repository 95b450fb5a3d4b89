import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The query of GET /scans: a GTIN, optionally one lot or unit of it, and a span of days. */
export class GetScansRequestDto {
  @ApiProperty({ example: '04701234000014', description: 'GTIN-8, -12, -13 or -14' })
  @IsString()
  @Matches(/^\d{8,14}$/, { message: 'gtin must be 8 to 14 digits' })
  gtin!: string;

  @ApiPropertyOptional({ example: 'HN-2026-001', description: 'Only this lot (AI 10)' })
  @IsOptional()
  @IsString()
  @Matches(/^.{1,20}$/, { message: 'lot must be 1 to 20 characters' })
  lot?: string;

  @ApiPropertyOptional({ example: 'J0042', description: 'Only this unit (AI 21)' })
  @IsOptional()
  @IsString()
  @Matches(/^.{1,20}$/, { message: 'serial must be 1 to 20 characters' })
  serial?: string;

  @ApiPropertyOptional({ example: '2026-08-01', description: 'First day, Kyrgyzstan time (default: 29 days before `to`)' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be a date such as 2026-08-01' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-08-31', description: 'Last day, Kyrgyzstan time (default: today)' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be a date such as 2026-08-31' })
  to?: string;
}

import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** A document a fact refers to: a waybill, an invoice, a lab report. */
export class DocumentDto {
  @ApiProperty({ example: 'waybill' })
  @IsString()
  @MaxLength(40)
  type!: string;

  @ApiProperty({ example: 'WB-2026-0815' })
  @IsString()
  @MaxLength(100)
  id!: string;
}

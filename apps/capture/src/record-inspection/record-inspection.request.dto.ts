import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { DocumentDto } from '../shared/dto/document.dto';
import { ListOf } from '../shared/dto/lot-list';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';

/** One measured value against its limits. */
export class LabResultDto {
  @ApiProperty({ example: 'moisture' })
  @IsString()
  @MaxLength(100)
  parameter!: string;

  @ApiProperty({ example: 17.2 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value!: number;

  @ApiProperty({ example: '%' })
  @IsString()
  @MaxLength(20)
  unit!: string;

  @ApiPropertyOptional({ example: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number;

  @ApiPropertyOptional({ example: 20 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number;
}

/** The body of "record an inspection" of the lot in the path. */
export class RecordInspectionRequestDto {
  @IsOptional()
  @OptionalFactId('inspectionId', 'LAB-2026-0412')
  inspectionId?: string;

  @IsOptional()
  @OptionalFactId('sampleId', 'S-0412-1')
  sampleId?: string;

  @ListOf(() => LabResultDto, 1, 100)
  results!: LabResultDto[];

  @ApiPropertyOptional({ enum: ['passed', 'failed'], description: 'Failed anyway when a result is outside its limits' })
  @IsOptional()
  @IsIn(['passed', 'failed'])
  outcome?: 'passed' | 'failed';

  @FactTime('inspectedAt')
  inspectedAt!: string;

  @ApiPropertyOptional({ example: 'lab:bishkek-central' })
  @IsOptional()
  @IsString()
  placeId?: string;

  @ApiPropertyOptional({ type: DocumentDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => DocumentDto)
  report?: DocumentDto;
}

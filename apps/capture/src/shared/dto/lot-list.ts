import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsOptional, IsString, Matches, ValidateNested } from 'class-validator';
import { LOT_ID_PATTERN } from '#tamga/domain';
import { DocumentDto } from './document.dto';

/** A list of nested DTOs, each validated, between `min` and `max` long. */
export function ListOf(dto: () => new () => object, min: number, max: number): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ type: () => [dto()], minItems: min, maxItems: max }),
    IsArray(),
    ArrayMinSize(min),
    ArrayMaxSize(max),
    ValidateNested({ each: true }),
    Type(dto),
  );
}

/** The documents a fact refers to (waybill, invoice...): optional, at most 20. */
export function Documents(): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ type: [DocumentDto] }),
    IsOptional(),
    IsArray(),
    ArrayMaxSize(20),
    ValidateNested({ each: true }),
    Type(() => DocumentDto),
  );
}

/** A lot code as printed on a label (GS1 AI 10). */
export function LotIdField(name: string, example = 'TMG-2026-0001'): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ example }),
    IsString(),
    Matches(LOT_ID_PATTERN, { message: `${name} must be 1 to 20 letters, digits, ".", "_" or "-"` }),
  );
}

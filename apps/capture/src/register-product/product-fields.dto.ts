import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsDefined, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { ACCEPTED_UNIT_NAMES, PRODUCT_CATEGORIES } from '#tamga/domain';
import { LocalisedNamesDto } from '../register-master-data/localised-names.dto';
import { YieldBoundDto } from './yield-bound.dto';

/** What a product is, in a registration or a revision; the domain checks the rules (GTIN check digit, bounds). */
export class ProductFieldsDto {
  @ApiProperty({ example: '4701234500019', description: 'GTIN-8, -12, -13 or -14 with its check digit, as a string' })
  @IsString()
  gtin!: string;

  @ApiProperty({ type: LocalisedNamesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNamesDto)
  names!: LocalisedNamesDto;

  @ApiProperty({ enum: PRODUCT_CATEGORIES, example: 'honey' })
  @IsString()
  category!: string;

  @ApiProperty({ enum: ACCEPTED_UNIT_NAMES, example: 'kg' })
  @IsString()
  unit!: string;

  @ApiPropertyOptional({ type: [YieldBoundDto], description: 'Per process; empty for a raw material' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => YieldBoundDto)
  yieldBounds?: YieldBoundDto[];
}

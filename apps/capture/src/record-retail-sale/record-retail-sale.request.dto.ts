import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { QuantityDto } from '../shared/dto/quantity.dto';

/** The body of "record a retail sale" of the lot in the path. */
export class RecordRetailSaleRequestDto {
  @IsOptional()
  @OptionalFactId('saleId', 'POS-2026-09-01-0042')
  saleId?: string;

  @ApiProperty({ example: 'shop:ovop-bishkek' })
  @IsString()
  shopPlaceId!: string;

  @ApiPropertyOptional({ type: QuantityDto, description: 'Left out when serials are scanned' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity?: QuantityDto;

  @ApiPropertyOptional({ type: [String], example: ['J0001'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  serials?: string[];

  @FactTime('soldAt')
  soldAt!: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsNumber, IsObject, IsOptional, IsString, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LOT_ID_PATTERN, REFERENCE_ID_PATTERN } from '#tamga/domain';
import { QuantityDto } from '../shared/dto/quantity.dto';

/** A WGS 84 point inside Kyrgyzstan. */
export class GeoPointDto {
  @ApiProperty({ example: 42.155 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-90)
  @Max(90)
  latitude!: number;

  @ApiProperty({ example: 77.551 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(-180)
  @Max(180)
  longitude!: number;
}

const TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** The body of "record a harvest". */
export class RecordHarvestRequestDto {
  @ApiPropertyOptional({ example: 'TMG-2026-0001', description: 'The lot code to print; generated if absent' })
  @IsOptional()
  @IsString()
  @Matches(LOT_ID_PATTERN, { message: 'lotId must be 1 to 20 letters, digits, ".", "_" or "-"' })
  lotId?: string;

  @ApiProperty({ example: 'village:tamga' })
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'villageId must be a lowercase identifier such as village:tamga' })
  villageId!: string;

  @ApiPropertyOptional({ example: 'producer:asel-tamga', description: "The producer; the key's own party if absent" })
  @IsOptional()
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'producerId must be a lowercase identifier' })
  producerId?: string;

  @ApiProperty({ example: 'product:white-sainfoin-honey' })
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'productId must be a lowercase identifier' })
  productId!: string;

  @ApiProperty({ type: QuantityDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => QuantityDto)
  quantity!: QuantityDto;

  @ApiProperty({ example: '2026-07-15T06:30:00+06:00', description: 'ISO 8601 with an offset' })
  @IsString()
  @Matches(TIME_WITH_OFFSET, { message: 'harvestedAt must be an ISO 8601 date-time with an offset, such as 2026-07-15T06:30:00+06:00' })
  harvestedAt!: string;

  @ApiProperty({ type: GeoPointDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => GeoPointDto)
  location!: GeoPointDto;

  @ApiPropertyOptional({ example: 'apiary:tamga-asel', description: 'The apiary, plot or pasture, if registered' })
  @IsOptional()
  @IsString()
  @Matches(REFERENCE_ID_PATTERN, { message: 'placeId must be a lowercase identifier' })
  placeId?: string;
}

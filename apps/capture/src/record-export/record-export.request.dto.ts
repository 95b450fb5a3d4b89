import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { DocumentDto } from '../shared/dto/document.dto';
import { Documents, ListOf } from '../shared/dto/lot-list';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** The foreign buyer: an organisation. */
export class BuyerDto {
  @ApiProperty({ example: 'Hokkaido Natural Foods K.K.' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({ example: 'JP' })
  @IsString()
  country!: string;
}

/** The body of "record an export" of one or more lots. */
export class RecordExportRequestDto {
  @IsOptional()
  @OptionalFactId('shipmentId', 'EXP-2026-JP-007')
  shipmentId?: string;

  @ApiProperty({ example: 'border-post:manas-airport' })
  @IsString()
  fromPlaceId!: string;

  @ListOf(() => LotQuantityDto, 1, MAX_LOTS_PER_FACT)
  lots!: LotQuantityDto[];

  @ApiProperty({ example: 'JP' })
  @IsString()
  destinationCountry!: string;

  @ApiProperty({ type: BuyerDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => BuyerDto)
  buyer!: BuyerDto;

  @ApiProperty({ example: 'KG-CD-2026-55120' })
  @IsString()
  customsDeclaration!: string;

  @ApiProperty({ example: 'CT-1-KG-2026-00981' })
  @IsString()
  certificateOfOrigin!: string;

  @ApiProperty({ example: '0409.00' })
  @IsString()
  hsCode!: string;

  @Documents()
  documents?: DocumentDto[];

  @FactTime('exportedAt')
  exportedAt!: string;
}

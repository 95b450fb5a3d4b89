import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import { MAX_LOTS_PER_FACT } from '#tamga/domain';
import { DocumentDto } from '../shared/dto/document.dto';
import { Documents, ListOf } from '../shared/dto/lot-list';
import { FactTime, OptionalFactId } from '../shared/dto/fact-time';
import { LotQuantityDto } from '../shared/dto/lot-quantity.dto';

/** Who a shipment is addressed to, and where. */
export class AddresseeDto {
  @ApiProperty({ example: 'shop:ovop-bishkek' })
  @IsString()
  partyId!: string;

  @ApiProperty({ example: 'shop:ovop-bishkek' })
  @IsString()
  placeId!: string;
}

/** The body of "record a shipment" of one or more lots. */
export class RecordShipmentRequestDto {
  @IsOptional()
  @OptionalFactId('shipmentId', 'SHP-2026-0815')
  shipmentId?: string;

  @ApiProperty({ example: 'workshop:karakol-honey' })
  @IsString()
  fromPlaceId!: string;

  @ApiProperty({ type: AddresseeDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => AddresseeDto)
  to!: AddresseeDto;

  @ListOf(() => LotQuantityDto, 1, MAX_LOTS_PER_FACT)
  lots!: LotQuantityDto[];

  @ApiPropertyOptional({ example: 'Issyk-Kul Express' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  carrier?: string;

  @Documents()
  documents?: DocumentDto[];

  @FactTime('shippedAt')
  shippedAt!: string;
}

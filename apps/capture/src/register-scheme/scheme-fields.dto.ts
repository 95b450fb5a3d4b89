import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { SCHEME_KINDS } from '#tamga/domain';
import { LocalisedNamesDto } from '../register-master-data/localised-names.dto';

/** What a brand or certification scheme is, in a registration or a revision. */
export class SchemeFieldsDto {
  @ApiProperty({ enum: SCHEME_KINDS, example: 'regional-brand' })
  @IsString()
  kind!: string;

  @ApiProperty({ type: LocalisedNamesDto })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LocalisedNamesDto)
  names!: LocalisedNamesDto;

  @ApiProperty({ example: 'certifier:ovop-association', description: 'A registered certifier that grants the brand or issues the certificates' })
  @IsString()
  issuerPartyId!: string;

  @ApiPropertyOptional({ example: 'region:issyk-kul', description: 'A registered region: required for a regional brand, refused otherwise' })
  @IsOptional()
  @IsString()
  regionId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsOptional, IsString } from 'class-validator';
import { PARTY_KINDS } from '#tamga/domain';

/**
 * What a party is, in a registration or a revision. No name, phone or address: those are
 * personal details (PUT /parties/{partyId}/personal-details), kept out of the immutable log;
 * a body that carries them is refused as unknown fields.
 */
export class PartyFieldsDto {
  @ApiProperty({ enum: PARTY_KINDS, isArray: true, example: ['producer'] })
  @IsArray()
  @IsString({ each: true })
  kinds!: string[];

  @ApiPropertyOptional({ type: [String], example: ['group:ovop-association-issyk-kul'], description: 'Village groups or associations' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  memberOfIds?: string[];

  @ApiPropertyOptional({ type: [String], example: ['apiary:tamga-south-slope'], description: 'Registered facilities the party operates' })
  @IsOptional()
  @IsArray()
  @IsString({ each: true })
  operatesPlaceIds?: string[];
}

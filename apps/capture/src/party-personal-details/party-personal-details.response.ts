import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A party's personal details as an admin reads them back. */
export class PartyPersonalDetailsResponse {
  @ApiProperty({ example: 'producer:asel-tamga' })
  partyId!: string;

  @ApiProperty({ example: 'Асель Токтогулова' })
  personName!: string;

  @ApiPropertyOptional({ example: '+996555123456', description: 'E.164' })
  phone?: string;

  @ApiPropertyOptional({ example: 'Тамга айылы, Тоң району' })
  address?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** The party a key records as, and what it may do. */
export class WhoAmIResponse {
  @ApiProperty({ example: 'producer:tamga-1' })
  partyId!: string;

  @ApiProperty({ example: 'cd37kwve8n65g92z' })
  keyId!: string;

  @ApiPropertyOptional({ example: 'device:tamga-tablet-1' })
  deviceId?: string;

  @ApiProperty({ example: ['producer'], description: "The party's kinds: the roles it records under" })
  roles!: string[];

  @ApiProperty({ example: ['apiary:tamga-1'], description: 'The places the party records at' })
  operatesPlaceIds!: string[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What is known of an API key once issued: whose it is and what it is for; never its secret. */
export class ApiKeyFacts {
  @ApiProperty({ example: '0h7k2m9q4r6t8v1x' })
  keyId!: string;

  @ApiProperty({ example: 'producer:asel-tamga' })
  partyId!: string;

  @ApiPropertyOptional({ example: 'device:tamga-phone-2' })
  deviceId?: string;

  @ApiProperty({ example: 'apiary-phone-2' })
  label!: string;

  @ApiProperty({ example: '2026-05-04T03:00:00.000Z' })
  issuedAt!: string;
}

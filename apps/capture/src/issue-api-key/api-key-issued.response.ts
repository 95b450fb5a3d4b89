import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** What issuing answers: the key's facts and, this once only, the whole key. */
export class ApiKeyIssuedResponse {
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

  @ApiProperty({
    example: 'tmg_0h7k2m9q4r6t8v1x_3q2-7wEjAn0rT8zQvXkYb1mL5cF9dH4sP6uR0tW2yZa',
    description: 'Send as "Authorization: Bearer <apiKey>". Shown in this answer only: Tamga keeps just a hash of its secret.',
  })
  apiKey!: string;
}

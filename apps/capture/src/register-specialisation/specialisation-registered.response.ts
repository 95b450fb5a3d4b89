import { ApiProperty } from '@nestjs/swagger';

/** What registering a village specialisation answers: the registration and the event that holds it. */
export class SpecialisationRegisteredResponse {
  @ApiProperty({ example: 'village:tamga' })
  villageId!: string;

  @ApiProperty({ example: 'product:white-sainfoin-honey' })
  productId!: string;

  @ApiProperty({ example: '2023-03-03' })
  since!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: '1042', description: 'Position in the event log' })
  globalPosition!: string;
}

import { ApiProperty } from '@nestjs/swagger';

/** What recording a harvest answers: the new lot, its first event and where to read it. */
export class HarvestRecordedResponse {
  @ApiProperty({ example: 'TMG-2026-0001' })
  lotId!: string;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 1, description: 'The lot version after this event' })
  version!: number;

  @ApiProperty({ example: '1042', description: 'Position in the event log' })
  globalPosition!: string;
}

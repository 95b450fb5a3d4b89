import { ApiProperty } from '@nestjs/swagger';
import { StoredEvent } from '#tamga/event-store';

/** What registering or revising master data answers: the record's new version and the event that holds it. */
export class MasterDataRecordedResponse {
  @ApiProperty({ example: 'village:tamga' })
  id!: string;

  @ApiProperty({ example: 1, description: 'The version of the record after this event' })
  version!: number;

  @ApiProperty({ format: 'uuid' })
  eventId!: string;

  @ApiProperty({ example: 'place.registered' })
  type!: string;

  @ApiProperty({ example: '1042', description: 'Position in the event log' })
  globalPosition!: string;
}

/** The response body for a stored master-data event. */
export function masterDataRecorded(id: string, version: number, stored: StoredEvent): MasterDataRecordedResponse {
  return { id, version, eventId: stored.eventId, type: stored.type, globalPosition: stored.globalPosition };
}

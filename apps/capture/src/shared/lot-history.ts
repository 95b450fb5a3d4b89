import { LotEvent, RecordedLotEvent } from '#tamga/domain';
import { StoredEvent } from '#tamga/event-store';

/** A stored lot event as the rules read it. Schema version 1 is the only one so far: no upcasting yet. */
export function toRecordedLotEvent(stored: StoredEvent): RecordedLotEvent {
  return {
    eventId: stored.eventId,
    version: stored.streamVersion,
    actorId: stored.actorId,
    event: { type: stored.type, schemaVersion: stored.schemaVersion, data: stored.data } as LotEvent,
  };
}

import { StoredEvent } from '#tamga/event-store';

/** One recorded event, as the capture API answers it. */
export interface RecordedEventView {
  readonly lotId: string;
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly globalPosition: string;
}

/** The answer's view of a stored event. */
export function viewOf(stored: StoredEvent): RecordedEventView {
  return { lotId: stored.streamId, eventId: stored.eventId, type: stored.type, version: stored.streamVersion, globalPosition: stored.globalPosition };
}

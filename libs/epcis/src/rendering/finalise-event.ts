import { eventHash } from '../event-hash';
import type { EpcisEvent, EventDraft } from './epcis-event';
import { KYRGYZSTAN_TIME_ZONE_OFFSET, kyrgyzstanTime } from './epcis-time';
import { TAMGA_EPCIS_CONTEXT } from './tamga-json-ld-context';

/**
 * Adds the when to a draft and names the event by its CBV 2.0 event hash, computed with Tamga's
 * document @context. recordTime is not hashed (nor is an errorDeclaration), so the copies of a
 * multi-lot fact, stored a few microseconds apart, share one eventID, and so does an error
 * declaration with the event it declares erroneous, as EPCIS requires.
 */
export function finaliseEvent(draft: EventDraft, occurredAt: string, recordedAt: string): EpcisEvent {
  const eventTime = kyrgyzstanTime(occurredAt, 'eventTime');
  const hashed = { type: draft.type, eventTime, eventTimeZoneOffset: KYRGYZSTAN_TIME_ZONE_OFFSET, ...draft.fields };
  return {
    type: draft.type,
    eventID: eventHash(hashed, TAMGA_EPCIS_CONTEXT),
    eventTime,
    recordTime: kyrgyzstanTime(recordedAt, 'recordTime'),
    eventTimeZoneOffset: KYRGYZSTAN_TIME_ZONE_OFFSET,
    ...draft.fields,
  };
}

import type { EventEnvelope } from '#tamga/contracts';
import { LOT_EVENT_TYPES, type LotEvent, type LotEventType } from '#tamga/domain';
import { EpcisRenderingError } from './epcis-rendering-error';

/** The lot event a stored envelope carries; refuses anything that is not a known lot event type. */
export function lotEventOf(envelope: EventEnvelope): LotEvent {
  if (!(LOT_EVENT_TYPES as readonly string[]).includes(envelope.type)) {
    throw new EpcisRenderingError(`${envelope.type} is not a lot event type Tamga renders`);
  }
  return { type: envelope.type as LotEventType, schemaVersion: envelope.schemaVersion, data: envelope.data } as LotEvent;
}

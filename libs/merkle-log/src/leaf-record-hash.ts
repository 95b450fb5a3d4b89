import { EventEnvelope } from '#tamga/contracts';
import { fromHex, hashCanonicalJson } from '#tamga/integrity';

/**
 * The record hash a leaf commits to: the event's own (ADR 0016), or, for an event stored before
 * seals existed, the hash of its envelope's canonical JSON (`unsealedRecordHash`), so that old
 * events still take their place in the log and a change to one is still caught. `verify-log`
 * names such events as unsealed.
 */
export function leafRecordHash(event: EventEnvelope): Uint8Array {
  return event.recordHash ? fromHex(event.recordHash) : unsealedRecordHash(event);
}

/** The record hash of an event without a seal: H(JCS(envelope)) over the fields the seal's record hash names. */
export function unsealedRecordHash(event: EventEnvelope): Uint8Array {
  return hashCanonicalJson({
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actorId: event.actorId,
    metadata: event.metadata,
    data: event.data,
  });
}

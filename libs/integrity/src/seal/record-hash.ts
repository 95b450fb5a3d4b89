import { hashCanonicalJson } from '../digest/hash-canonical-json';
import type { Commitments, EventSignature, Seal } from './seal';
import { commitments } from './commitments';

/** Exactly the fields the record hash covers (ADR 0016): `data` only as its commitments. */
export interface SealedRecord {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  /** As read back from the store: `Date.prototype.toISOString()` of the stored timestamp. */
  readonly occurredAt: string;
  /** Assigned by the appender before the insert, in the same form as occurredAt. */
  readonly recordedAt: string;
  readonly actorId: string | null;
  readonly metadata: object;
  readonly data: Commitments;
  readonly epcisHashes: readonly string[];
  readonly previous: Readonly<Record<string, string | null>>;
  readonly signature: EventSignature;
}

/** An event as stored (envelope fields with its data), whatever else it carries. */
export interface SealableEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorId: string | null;
  readonly metadata: object;
  readonly data: unknown;
}

/** The record an event and its seal hash as: data replaced by its commitments, the seal's fields but not its salts. */
export function sealedRecordOf(event: SealableEvent, seal: Seal): SealedRecord {
  return {
    eventId: event.eventId,
    type: event.type,
    schemaVersion: event.schemaVersion,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    occurredAt: event.occurredAt,
    recordedAt: event.recordedAt,
    actorId: event.actorId,
    metadata: event.metadata,
    data: commitments(event.data as object, seal.salts),
    epcisHashes: seal.epcisHashes,
    previous: seal.previous,
    signature: seal.signature,
  };
}

/** `H(JCS(record))`, the event's record hash; only the listed fields are hashed, so extra properties are ignored. */
export function recordHash(record: SealedRecord): Uint8Array {
  // Picked field by field: a caller passing a wider object (a stored event) must not change the hash.
  return hashCanonicalJson({
    eventId: record.eventId,
    type: record.type,
    schemaVersion: record.schemaVersion,
    streamId: record.streamId,
    streamVersion: record.streamVersion,
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    actorId: record.actorId,
    metadata: record.metadata,
    data: record.data,
    epcisHashes: record.epcisHashes,
    previous: record.previous,
    signature: {
      keyId: record.signature.keyId,
      by: record.signature.by,
      alg: record.signature.alg,
      value: record.signature.value,
    },
  });
}

/**
 * The public form of a recorded event, as it travels on Kafka and is served by the APIs.
 * `type` is a stable wire name (`lot.harvested`) and `schemaVersion` its version: consumers
 * route on these, never on class names.
 */
export interface EventEnvelope<TData = unknown> {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  /** The lot (stream) the event belongs to; also the Kafka message key. */
  readonly streamId: string;
  /** 1 for a stream's first event, then +1 per event, without gaps. */
  readonly streamVersion: number;
  /** Position in the event store's log; a decimal string because it is a bigint. */
  readonly globalPosition: string;
  /** When the fact happened, as the recorder states it. */
  readonly occurredAt: string;
  /** When Tamga stored it. */
  readonly recordedAt: string;
  /** The party whose credentials recorded it. */
  readonly actorId: string | null;
  readonly data: TData;
  readonly metadata: EventMetadata;
  /** What binds the event to its recorder and to the events before it (ADR 0016); absent only for events recorded before seals existed. */
  readonly seal?: EventSeal;
  /** The event's record hash (lowercase hex SHA-256, ADR 0016), the leaf of the Tamga log; absent exactly when `seal` is. */
  readonly recordHash?: string;
}

/** Who signed an event, with which key: a field device of the recording party, or the Tamga service. */
export interface EventSealSignature {
  readonly keyId: string;
  readonly by: 'device' | 'server';
  readonly alg: 'Ed25519';
  /** base64url, no padding. */
  readonly value: string;
}

/** An event's seal (ADR 0016): its EPCIS hashes, the previous record hash of every stream its fact touches, its field salts, its signature. */
export interface EventSeal {
  /** CBV 2.0 event hashes (`ni:///sha-256;…?ver=CBV2.0`) of the event's EPCIS rendering; empty when EPCIS does not render it. */
  readonly epcisHashes: readonly string[];
  /** Per stream the fact touches, the record hash (hex) of that stream's previous event; null for a stream's first (or a predecessor without seal). */
  readonly previous: Readonly<Record<string, string | null>>;
  /** One random 16-byte salt (base64url) per top-level key of `data`. */
  readonly salts: Readonly<Record<string, string>>;
  readonly signature: EventSealSignature;
}

/** Bookkeeping that travels with an event but is not part of the fact. */
export interface EventMetadata {
  readonly idempotencyKey?: string;
  /** Shared by every event one command recorded, so a multi-lot fact can be regrouped. */
  readonly commandId?: string;
  /** The id an offline device gave the fact, so an upload sent twice records it once. */
  readonly clientEventId?: string;
}

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
}

/** Bookkeeping that travels with an event but is not part of the fact. */
export interface EventMetadata {
  readonly idempotencyKey?: string;
  /** Shared by every event one command recorded, so a multi-lot fact can be regrouped. */
  readonly commandId?: string;
  /** The id an offline device gave the fact, so an upload sent twice records it once. */
  readonly clientEventId?: string;
}

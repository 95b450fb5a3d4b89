import { EventMetadata } from '#tamga/contracts';
import { SealRequest } from './seal-request';

/** An event the caller wants stored; ids and times come from the caller's metadata. */
export interface NewEvent {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly occurredAt: string;
  readonly data: unknown;
  /** Bookkeeping of this event alone (its client event id), merged over the append's metadata. */
  readonly metadata?: EventMetadata;
  /** What the caller states for the event's seal; every event is sealed whether or not it says anything. */
  readonly seal?: SealRequest;
}

/** Events to append to one stream, if that stream is still at `expectedVersion` (0: new stream). */
export interface StreamAppend {
  readonly streamId: string;
  readonly expectedVersion: number;
  readonly events: readonly NewEvent[];
}

/** A response stored under an idempotency key, returned as it was to every retry. */
export interface IdempotentResponse {
  readonly status: number;
  readonly body: unknown;
}

/** Ties an append to a command's idempotency key, so a retry of the command writes nothing. */
export interface IdempotencyClaim {
  /** Whose key it is (the actor): two parties may use the same key. */
  readonly scope: string;
  readonly key: string;
  /** A hash of the request, so a key reused for another request is refused, not replayed. */
  readonly requestHash: string;
}

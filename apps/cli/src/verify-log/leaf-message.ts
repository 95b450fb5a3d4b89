import { EventEnvelope } from '#tamga/contracts';

/**
 * What verify-log keeps of a message once its content is checked: enough for the chains, the tree
 * and the checkpoints, not the event's data (a million events must fit in memory).
 */
export interface LeafEvent extends Pick<EventEnvelope, 'eventId' | 'type' | 'streamId' | 'streamVersion'> {
  /** The record hash the message states (hex), null when unsealed. */
  readonly recordHash: string | null;
  readonly sealed: boolean;
  /** The seal's `previous` entry for the event's own stream (undefined when unsealed). */
  readonly previousOwn: string | null | undefined;
  /** The data, kept only for the log's own events (checkpoints, service keys); else null. */
  readonly data: unknown;
}

/** An event's signature, to be checked once the key that made it is known (payload dropped once verified). */
export interface SignatureToCheck {
  readonly keyId: string;
  readonly by: 'device' | 'server';
  readonly value: string;
  readonly actorId: string | null;
  readonly recordedAt: string;
  /** The signed bytes; null once verified. */
  payload: Uint8Array | null;
  /** The Ed25519 verification's outcome, once run. */
  verified?: boolean;
}

/** A message of the topic as the log sees it: its leaf, where it sits, the event, and its record hash recomputed from the message. */
export interface LeafMessage {
  readonly leafIndex: number;
  readonly partition: number;
  readonly offset: string;
  readonly event: LeafEvent;
  readonly recomputed: Uint8Array;
  /** Null for an unsealed event (named as such) or a seal whose payload cannot be rebuilt (its record hash fails too). */
  readonly signature: SignatureToCheck | null;
}

/** Who signed an event: the recording device's key, or the service key for a party without one (ADR 0016). */
export type SignatureBy = 'device' | 'server';

/** An event's signature as the seal carries it; `value` is the base64url Ed25519 signature. */
export interface EventSignature {
  readonly keyId: string;
  readonly by: SignatureBy;
  readonly alg: 'Ed25519';
  readonly value: string;
}

/** The `seal` column of an event row (ADR 0016). */
export interface Seal {
  /** CBV 2.0 event hashes (`ni:///sha-256;…?ver=CBV2.0`) of the event's EPCIS rendering; empty if it has none. */
  readonly epcisHashes: readonly string[];
  /** For every stream the fact touches, the hex record hash of its previous event, or null for its first. */
  readonly previous: Readonly<Record<string, string | null>>;
  /** One base64url 16-byte salt per top-level key of `data`. */
  readonly salts: Readonly<Record<string, string>>;
  readonly signature: EventSignature;
}

/** `{ key: commit(salt, value) }` for every top-level key of an event's data. */
export type Commitments = Readonly<Record<string, string>>;

/** The format tag of a proof bundle; a verifier refuses any other before reading further. */
export const PROOF_BUNDLE_FORMAT = 'tamga-proof-bundle/1';

/** A data field as a bundle carries it: shown (its value and salt) or withheld (its commitment alone, ADR 0016). */
export type BundleField = { readonly value: unknown; readonly salt: string } | { readonly commitment: string };

/** The signature of an event's seal, as stored. */
export interface BundleSignature {
  readonly keyId: string;
  readonly by: 'device' | 'server';
  readonly alg: 'Ed25519';
  /** base64url, no padding. */
  readonly value: string;
}

/**
 * One recorded event (one row of the log: a multi-lot fact is one record per lot) with everything
 * its record hash is computed from: the envelope, each data field shown or withheld, the seal's
 * EPCIS hashes, chain links and signature. `recordHash` is what the log holds; the verifier
 * recomputes it and proves the recomputed one, never this copy.
 */
export interface BundleRecord {
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly streamId: string;
  readonly streamVersion: number;
  readonly occurredAt: string;
  readonly recordedAt: string;
  readonly actorId: string | null;
  readonly metadata: Readonly<Record<string, unknown>>;
  readonly fields: Readonly<Record<string, BundleField>>;
  readonly epcisHashes: readonly string[];
  readonly previous: Readonly<Record<string, string | null>>;
  readonly signature: BundleSignature;
  /** Lowercase hex SHA-256. */
  readonly recordHash: string;
  /** The record's leaf in the Tamga log (0-based). */
  readonly leafIndex: number;
  /**
   * The EPCIS 2.0 events the record renders to, in the order of `epcisHashes`; absent when a
   * withheld field would show in them (the hashes alone, bound by the record hash, stay).
   */
  readonly epcis?: readonly Readonly<Record<string, unknown>>[];
}

/** An RFC 6962/9162 inclusion proof of one record's leaf in the checkpoint's tree. */
export interface BundleInclusionProof {
  readonly eventId: string;
  readonly leafIndex: number;
  /** Sibling hashes from the leaf up, lowercase hex. */
  readonly path: readonly string[];
}

/** A public key with the log events that registered (and revoked) it. */
export interface BundleKey {
  readonly keyId: string;
  /** A recording party's own key, a field device's, or the Tamga service's (ADR 0016). */
  readonly kind: 'party' | 'device' | 'service';
  /** The party the key signs for; null for the service key. */
  readonly partyId: string | null;
  readonly alg: 'Ed25519';
  /** Raw 32-byte Ed25519 public key, base64url. */
  readonly publicKey: string;
  /** `sha-256:` + hex of the SHA-256 of the raw public key: what a person compares and pins. */
  readonly fingerprint: string;
  /** The recordedAt of the registration event: signatures recorded before it are not the key's. */
  readonly registeredAt: string;
  readonly registeredBy: string;
  readonly revokedAt: string | null;
  readonly revokedBy: string | null;
}

/** A signed checkpoint of the Tamga log (ADR 0016). */
export interface BundleCheckpoint {
  readonly log: string;
  readonly treeSize: number;
  /** Lowercase hex. */
  readonly rootHash: string;
  readonly timestamp: string;
  readonly keyId: string;
  /** base64url Ed25519 signature over `tamga\n<treeSize>\n<rootHash>\n<timestamp>\n`. */
  readonly signature: string;
}

/** What the bundle is about and how it was cut. */
export interface BundleSubject {
  readonly shipmentId: string;
  /** The withholding rules applied (`lot.exported:buyer`...). */
  readonly withheld: readonly string[];
}

/** The sections whose hashes the manifest signs. */
export interface BundleSections {
  readonly events: readonly BundleRecord[];
  readonly masterData: readonly BundleRecord[];
  /** The JSON-LD @context every record's EPCIS events are hashed under. */
  readonly epcisContext: unknown;
  readonly proofs: readonly BundleInclusionProof[];
  readonly keys: readonly BundleKey[];
  readonly checkpoint: BundleCheckpoint;
}

/** The names of the signed sections, in the order a verifier reports them. */
export const BUNDLE_SECTION_NAMES = ['events', 'masterData', 'epcisContext', 'proofs', 'keys', 'checkpoint'] as const;

/** A section's name. */
export type BundleSectionName = (typeof BUNDLE_SECTION_NAMES)[number];

/** The manifest: the bundle's subject and the hash of every section, signed by the service key. */
export interface BundleManifest {
  readonly format: typeof PROOF_BUNDLE_FORMAT;
  readonly created: string;
  readonly subject: BundleSubject;
  /** `sha-256:` + hex of H(JCS(section)) per section. */
  readonly sections: Readonly<Record<BundleSectionName, string>>;
  readonly signature: { readonly keyId: string; readonly alg: 'Ed25519'; readonly value: string };
}

/** The export proof bundle (docs/adr/0017): one JSON file a buyer verifies with no service. */
export interface ProofBundle extends BundleSections {
  readonly format: typeof PROOF_BUNDLE_FORMAT;
  readonly manifest: BundleManifest;
}

import { canonicalJsonBytes } from '../canonical-json';
import { hashCanonicalJson } from '../digest/hash-canonical-json';
import { toHex } from '../encoding/hex';
import type { Commitments } from './seal';

/** The version tag inside every event signing payload. */
export const EVENT_SIGNATURE_VERSION = 'tamga-event-signature/1';

/** What every signed event states about itself. */
export interface SigningSubject {
  readonly type: string;
  /** Every stream the fact touches, in any order (the payload sorts them). */
  readonly streamIds: readonly string[];
  readonly occurredAt: string;
  readonly actorId: string | null;
}

/** A lot fact, signed over its EPCIS hashes; or an event without EPCIS rendering, over its data digest. */
export type SigningInput =
  | (SigningSubject & { readonly epcisHashes: readonly string[]; readonly dataDigest?: never })
  | (SigningSubject & { readonly dataDigest: string; readonly epcisHashes?: never });

/** The object an event signature is over (ADR 0016), e.g. for a dry run to show the signer. */
export function signingPayloadObject(input: SigningInput): Record<string, unknown> {
  const hasHashes = input.epcisHashes !== undefined;
  const hasDigest = input.dataDigest !== undefined;
  if (hasHashes === hasDigest) throw new TypeError('A signing payload has either epcisHashes or dataDigest, not both or neither');
  const base = {
    v: EVENT_SIGNATURE_VERSION,
    type: input.type,
    // Sorted and without duplicates, so the signer and the verifier need not agree on an order.
    streamIds: [...new Set(input.streamIds)].sort(),
    occurredAt: input.occurredAt,
    actorId: input.actorId,
  };
  return hasHashes ? { ...base, epcisHashes: [...input.epcisHashes!] } : { ...base, dataDigest: input.dataDigest };
}

/** The bytes an event signature is over: UTF-8 of the JCS of {@link signingPayloadObject}. */
export function signingPayload(input: SigningInput): Uint8Array {
  return canonicalJsonBytes(signingPayloadObject(input));
}

/** `hex(H(JCS(commitments)))`, what an event without EPCIS rendering signs in place of epcisHashes. */
export function dataDigest(dataCommitments: Commitments): string {
  return toHex(hashCanonicalJson(dataCommitments));
}

import { canonicalJsonBytes } from '../canonical-json';
import { sha256 } from './sha256';

/** H(JCS(value)): SHA-256 of the RFC 8785 canonical JSON of a value. */
export function hashCanonicalJson(value: unknown): Uint8Array {
  return sha256(canonicalJsonBytes(value));
}

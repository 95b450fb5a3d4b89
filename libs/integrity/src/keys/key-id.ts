import { sha256 } from '../digest/sha256';
import { fromBase64Url } from '../encoding/base64url';
import { toHex } from '../encoding/hex';

/** Hex characters of a key id: 64 bits, enough to name a key; a verifier still checks the key itself. */
export const KEY_ID_HEX_LENGTH = 16;

/** A key's id: the first 16 lowercase hex characters of H(raw 32-byte public key) (ADR 0016). */
export function keyIdOf(publicKey: string): string {
  return toHex(sha256(rawEd25519PublicKey(publicKey))).slice(0, KEY_ID_HEX_LENGTH);
}

/** The raw 32 bytes of a base64url Ed25519 public key; refuses any other length. */
export function rawEd25519PublicKey(publicKey: string): Uint8Array {
  const raw = fromBase64Url(publicKey);
  if (raw.length !== 32) throw new TypeError(`An Ed25519 public key is 32 bytes, not ${raw.length}`);
  return raw;
}

import { fromBase64Url, sha256, toHex } from '#tamga/integrity';

/** `sha-256:` + hex of the SHA-256 of a raw public key (base64url): the fingerprint a person pins with --trusted-key; a key's id (ADR 0016) is its first 16 hex digits. */
export function keyFingerprintOf(publicKey: string): string {
  return `sha-256:${toHex(sha256(fromBase64Url(publicKey)))}`;
}

import { createPublicKey, verify as nodeVerify, type KeyObject } from 'node:crypto';
import { fromBase64Url } from '../encoding/base64url';
import { rawEd25519PublicKey } from './key-id';

/**
 * Ed25519 verification with node:crypto. The browser build of the offline verifier aliases this file
 * to ./ed25519-verification.webcrypto, which exports the same `verifySignature`.
 */

// Importing a key costs about as much as a verification; capture verifies many facts per key.
const imported = new Map<string, KeyObject>();
const IMPORTED_LIMIT = 1024;

/** Whether `signature` (base64url or raw 64 bytes) is a valid Ed25519 signature of bytes by the base64url public key; false for any malformed input. */
export function verifySignatureSync(publicKey: string, bytes: Uint8Array, signature: string | Uint8Array): boolean {
  try {
    const raw = typeof signature === 'string' ? fromBase64Url(signature) : signature;
    if (raw.length !== 64) return false;
    return nodeVerify(null, bytes, publicKeyObject(publicKey), raw);
  } catch {
    return false;
  }
}

/** Async form of {@link verifySignatureSync}, the signature the browser implementation shares. */
export async function verifySignature(publicKey: string, bytes: Uint8Array, signature: string | Uint8Array): Promise<boolean> {
  return verifySignatureSync(publicKey, bytes, signature);
}

function publicKeyObject(publicKey: string): KeyObject {
  let keyObject = imported.get(publicKey);
  if (keyObject === undefined) {
    rawEd25519PublicKey(publicKey);
    keyObject = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });
    if (imported.size >= IMPORTED_LIMIT) imported.clear();
    imported.set(publicKey, keyObject);
  }
  return keyObject;
}

import { fromBase64Url } from '../encoding/base64url';
import { rawEd25519PublicKey } from './key-id';

/**
 * Ed25519 verification with WebCrypto (`crypto.subtle`, 'Ed25519'), for the browser build of the
 * offline verifier, which aliases ./ed25519-verification to this file.
 */

/** Whether `signature` (base64url or raw 64 bytes) is a valid Ed25519 signature of bytes by the base64url public key; false for any malformed input. */
export async function verifySignature(publicKey: string, bytes: Uint8Array, signature: string | Uint8Array): Promise<boolean> {
  try {
    const raw = typeof signature === 'string' ? fromBase64Url(signature) : signature;
    if (raw.length !== 64) return false;
    const subtle = globalThis.crypto.subtle;
    const key = await subtle.importKey('raw', copy(rawEd25519PublicKey(publicKey)), { name: 'Ed25519' }, false, ['verify']);
    return await subtle.verify({ name: 'Ed25519' }, key, copy(raw), copy(bytes));
  } catch {
    return false;
  }
}

// WebCrypto wants an ArrayBuffer-backed view; a copy also detaches it from the caller's buffer.
function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

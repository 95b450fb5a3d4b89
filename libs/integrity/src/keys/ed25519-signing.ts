import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, type KeyObject } from 'node:crypto';
import { fromBase64Url, toBase64Url } from '../encoding/base64url';
import { keyIdOf } from './key-id';

/**
 * Ed25519 signing with node:crypto: synchronous and fast, since capture signs every fact it records.
 * Only the service (capture, relay, CLI) signs, so this file is not part of the browser verifier.
 */

/** A new key pair as text: base64url raw 32-byte public key and 32-byte private seed (RFC 8032 §5.1.5). */
export interface SigningKeyPair {
  readonly keyId: string;
  readonly publicKey: string;
  readonly privateKey: string;
}

/** A private key ready to sign with, and the public key and key id that go with it. */
export interface SigningKey {
  readonly keyId: string;
  readonly publicKey: string;
  readonly keyObject: KeyObject;
}

// PKCS#8 wrapping of a raw Ed25519 seed (RFC 8410 §7): node imports seeds only this way or as JWK.
const PKCS8_ED25519_PREFIX = Uint8Array.from([0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20]);

/** Generates a fresh Ed25519 key pair. */
export function generateSigningKey(): SigningKeyPair {
  const { privateKey } = generateKeyPairSync('ed25519');
  const jwk = privateKey.export({ format: 'jwk' });
  return { keyId: keyIdOf(jwk.x!), publicKey: jwk.x!, privateKey: jwk.d! };
}

/** The signing key of a base64url 32-byte Ed25519 seed (import once, sign many times). */
export function signingKeyOf(privateKey: string): SigningKey {
  const seed = fromBase64Url(privateKey);
  if (seed.length !== 32) throw new TypeError(`An Ed25519 private key is a 32-byte seed, not ${seed.length} bytes`);
  const der = new Uint8Array(PKCS8_ED25519_PREFIX.length + 32);
  der.set(PKCS8_ED25519_PREFIX);
  der.set(seed, PKCS8_ED25519_PREFIX.length);
  const keyObject = createPrivateKey({ key: Buffer.from(der), format: 'der', type: 'pkcs8' });
  const publicKey = createPublicKey(keyObject).export({ format: 'jwk' }).x!;
  return { keyId: keyIdOf(publicKey), publicKey, keyObject };
}

/** The base64url Ed25519 signature of bytes (pure Ed25519, RFC 8032; deterministic). */
export function sign(key: SigningKey | string, bytes: Uint8Array): string {
  const keyObject = typeof key === 'string' ? signingKeyOf(key).keyObject : key.keyObject;
  return toBase64Url(new Uint8Array(nodeSign(null, bytes, keyObject)));
}

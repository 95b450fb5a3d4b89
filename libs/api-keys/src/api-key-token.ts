import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What every Tamga API key starts with, so a leaked one is recognisable (secret scanners, logs). */
export const API_KEY_PREFIX = 'tmg_';

/** A whole key: `tmg_`, the 16-character key id, `_`, and 43 base64url characters (256 random bits). */
const TOKEN = /^tmg_([0-9a-z]{16})_([A-Za-z0-9_-]{43})$/;

// Crockford's base 32 in lowercase: no i, l, o, u, so a key id read aloud or copied by hand survives.
const BASE32 = '0123456789abcdefghjkmnpqrstvwxyz';

/** A freshly made key: its id (public), its secret (shown once), and the two joined as the client sends them. */
export interface MintedApiKey {
  readonly keyId: string;
  readonly secret: string;
  readonly token: string;
}

/** Makes a new key from the operating system's random source: an 80-bit id and a 256-bit secret. */
export function mintApiKey(): MintedApiKey {
  const keyId = base32(randomBytes(10));
  const secret = randomBytes(32).toString('base64url');
  return { keyId, secret, token: `${API_KEY_PREFIX}${keyId}_${secret}` };
}

/** Splits a presented key into id and secret, or null when it cannot be a Tamga key. */
export function parseApiKeyToken(token: string): { readonly keyId: string; readonly secret: string } | null {
  const match = TOKEN.exec(token);
  return match ? { keyId: match[1], secret: match[2] } : null;
}

/**
 * SHA-256 of the secret. A fast hash is right here, unlike for passwords: the secret is 256 random
 * bits, so there is no dictionary to try, and a slow hash would only slow every cache miss.
 */
export function hashApiKeySecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

/** Whether a secret matches a stored hash, compared in constant time. */
export function secretMatchesHash(secret: string, hash: Buffer): boolean {
  const presented = hashApiKeySecret(secret);
  return hash.length === presented.length && timingSafeEqual(presented, hash);
}

function base32(bytes: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

import { createHash } from 'node:crypto';

/**
 * The one place the integrity core reaches for node:crypto's hash. A browser build of the offline
 * verifier aliases this file to ./sha256.portable (same export), so nothing else may import a
 * node module to hash.
 */

/** SHA-256 of bytes (FIPS 180-4). */
export function sha256(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(createHash('sha256').update(bytes).digest());
}

import { toBase64Url } from '../encoding/base64url';

/** Bytes of randomness per salt: 128 bits, so a withheld value cannot be guessed back from its commitment. */
export const SALT_BYTES = 16;

/** A fresh random salt per top-level key of `data` (keys holding undefined are not JSON and get none). */
export function newSalts(data: object): Record<string, string> {
  const salts: Record<string, string> = {};
  for (const [key, value] of Object.entries(data)) {
    if (value === undefined) continue;
    // globalThis.crypto (WebCrypto) exists in Node and browsers alike, so no node import here.
    salts[key] = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES)));
  }
  return salts;
}

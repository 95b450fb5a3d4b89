import { toBase64Url } from '../encoding/base64url';

/** Bytes of randomness per salt: 128 bits, so a withheld value cannot be guessed back from its commitment. */
export const SALT_BYTES = 16;

/** A fresh random salt per top-level key of `data` (keys holding undefined are not JSON and get none). */
export function newSalts(data: object): Record<string, string> {
  const keys = Object.entries(data).filter(([, value]) => value !== undefined).map(([key]) => key);
  // One draw for every key: a call into the random source per key was a sixth of sealing's CPU.
  // globalThis.crypto (WebCrypto) exists in Node and browsers alike, so no node import here.
  const random = globalThis.crypto.getRandomValues(new Uint8Array(SALT_BYTES * keys.length));
  const salts: Record<string, string> = {};
  keys.forEach((key, i) => {
    salts[key] = toBase64Url(random.subarray(i * SALT_BYTES, (i + 1) * SALT_BYTES));
  });
  return salts;
}

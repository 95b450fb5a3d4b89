/** Base64url without padding (RFC 4648 §5), how keys, salts and signatures travel (ADR 0016). */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** Base64url of bytes, without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) text += ALPHABET[(n >>> (18 - c * 6)) & 63];
  }
  return text;
}

/**
 * Bytes of unpadded base64url. Refuses padding, other alphabets and non-canonical trailing bits,
 * so one byte string has exactly one accepted text (a signature cannot be re-spelt).
 */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new TypeError('Not base64url: impossible length');
  const bytes = new Uint8Array(Math.floor((text.length * 6) / 8));
  let buffer = 0;
  let bits = 0;
  let at = 0;
  for (const char of text) {
    const value = VALUE.get(char);
    if (value === undefined) throw new TypeError(`Not base64url: ${JSON.stringify(char)} is outside the alphabet`);
    buffer = ((buffer << 6) | value) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes[at++] = (buffer >>> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) throw new TypeError('Not base64url: non-zero trailing bits');
  return bytes;
}

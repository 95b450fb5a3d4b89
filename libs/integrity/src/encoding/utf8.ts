/** UTF-8 bytes of a string (TextEncoder exists in Node and browsers alike). */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

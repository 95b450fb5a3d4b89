/** The one primitive the verifier needs from its platform: Ed25519 verification (node:crypto or WebCrypto). */
export interface VerifierCrypto {
  verifyEd25519(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

/**
 * Ed25519 through WebCrypto (`globalThis.crypto.subtle`), which browsers and Node 24 both have: a
 * malformed key or signature is a failed verification, not an exception.
 */
export const webCryptoEd25519: VerifierCrypto = {
  async verifyEd25519(publicKey, message, signature) {
    try {
      const subtle = globalThis.crypto.subtle;
      const key = await subtle.importKey('raw', publicKey as Uint8Array<ArrayBuffer>, { name: 'Ed25519' }, false, ['verify']);
      return await subtle.verify({ name: 'Ed25519' }, key, signature as Uint8Array<ArrayBuffer>, message as Uint8Array<ArrayBuffer>);
    } catch {
      return false;
    }
  },
};

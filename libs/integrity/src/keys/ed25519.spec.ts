import { fromBase64Url, toBase64Url } from '../encoding/base64url';
import { fromHex, toHex } from '../encoding/hex';
import { sha256 } from '../digest/sha256';
import { generateSigningKey, sign, signingKeyOf } from './ed25519-signing';
import { verifySignature as nodeVerify, verifySignatureSync } from './ed25519-verification';
import { verifySignature as webCryptoVerify } from './ed25519-verification.webcrypto';
import { keyIdOf } from './key-id';

// RFC 8032 §7.1, TEST 1..3: secret key (seed), public key, message, signature.
const vectors = [
  {
    name: 'TEST 1',
    secret: '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60',
    public: 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a',
    message: '',
    signature:
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
  },
  {
    name: 'TEST 2',
    secret: '4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb',
    public: '3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c',
    message: '72',
    signature:
      '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
  },
  {
    name: 'TEST 3',
    secret: 'c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7',
    public: 'fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025',
    message: 'af82',
    signature:
      '6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a',
  },
];
const b64 = (hex: string) => toBase64Url(fromHex(hex));

describe('Ed25519 signing (RFC 8032 §7.1)', () => {
  it.each(vectors)('derives the public key and signs $name exactly', (v) => {
    const key = signingKeyOf(b64(v.secret));
    expect(toHex(fromBase64Url(key.publicKey))).toBe(v.public);
    expect(toHex(fromBase64Url(sign(key, fromHex(v.message))))).toBe(v.signature);
    expect(sign(b64(v.secret), fromHex(v.message))).toBe(b64(v.signature));
  });

  it('refuses a private key that is not a 32-byte seed', () => {
    expect(() => signingKeyOf(toBase64Url(new Uint8Array(31)))).toThrow(/32-byte seed/);
  });

  it('generates key pairs whose public key and id match the private key', () => {
    const pair = generateSigningKey();
    const key = signingKeyOf(pair.privateKey);
    expect(key.publicKey).toBe(pair.publicKey);
    expect(pair.keyId).toBe(keyIdOf(pair.publicKey));
    expect(generateSigningKey().publicKey).not.toBe(pair.publicKey);
  });
});

describe('keyIdOf', () => {
  it('is the first 16 hex characters of H(raw public key)', () => {
    const raw = fromHex(vectors[0]!.public);
    expect(keyIdOf(toBase64Url(raw))).toBe(toHex(sha256(raw)).slice(0, 16));
    expect(keyIdOf(toBase64Url(raw))).toMatch(/^[0-9a-f]{16}$/);
  });

  it('refuses a public key that is not 32 bytes', () => {
    expect(() => keyIdOf(toBase64Url(new Uint8Array(33)))).toThrow(/32 bytes/);
  });
});

describe.each([
  ['node:crypto', nodeVerify],
  ['node:crypto, sync', async (k: string, b: Uint8Array, s: string | Uint8Array) => verifySignatureSync(k, b, s)],
  ['WebCrypto', webCryptoVerify],
])('Ed25519 verification (%s)', (_name, verify) => {
  it.each(vectors)('accepts $name, as base64url and as raw bytes', async (v) => {
    expect(await verify(b64(v.public), fromHex(v.message), b64(v.signature))).toBe(true);
    expect(await verify(b64(v.public), fromHex(v.message), fromHex(v.signature))).toBe(true);
  });

  it.each(vectors)('refuses $name with another message, another key or a flipped signature bit', async (v) => {
    expect(await verify(b64(v.public), fromHex(`${v.message}00`), b64(v.signature))).toBe(false);
    const other = vectors.find((w) => w !== v)!;
    expect(await verify(b64(other.public), fromHex(v.message), b64(v.signature))).toBe(false);
    for (const at of [0, 31, 32, 63]) {
      const flipped = fromHex(v.signature);
      flipped[at]! ^= 0x01;
      expect(await verify(b64(v.public), fromHex(v.message), flipped)).toBe(false);
    }
  });

  it('answers false, not an error, for malformed keys and signatures', async () => {
    const v = vectors[1]!;
    expect(await verify(b64(v.public), fromHex(v.message), b64(v.signature).slice(0, 40))).toBe(false);
    expect(await verify(b64(v.public), fromHex(v.message), 'not base64url!')).toBe(false);
    expect(await verify(b64(v.public).slice(0, 20), fromHex(v.message), b64(v.signature))).toBe(false);
    expect(await verify('', fromHex(v.message), b64(v.signature))).toBe(false);
  });

  it('verifies what the signing side signs with a generated key', async () => {
    const pair = generateSigningKey();
    const bytes = new TextEncoder().encode('{"v":"tamga-event-signature/1"}');
    expect(await verify(pair.publicKey, bytes, sign(pair.privateKey, bytes))).toBe(true);
  });
});

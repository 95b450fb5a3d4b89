import { API_KEY_ID_PATTERN } from '#tamga/domain';
import { hashApiKeySecret, mintApiKey, parseApiKeyToken, secretMatchesHash } from './api-key-token';

describe('API key tokens', () => {
  it('mints tmg_<keyId>_<secret> with a valid key id and a 256-bit base64url secret, different every time', () => {
    const minted = mintApiKey();
    expect(minted.token).toBe(`tmg_${minted.keyId}_${minted.secret}`);
    expect(minted.keyId).toMatch(API_KEY_ID_PATTERN);
    expect(Buffer.from(minted.secret, 'base64url')).toHaveLength(32);
    const many = new Set(Array.from({ length: 1000 }, () => mintApiKey().token));
    expect(many.size).toBe(1000);
  });

  it('parses what it mints, including secrets that contain "_" and "-"', () => {
    for (let i = 0; i < 200; i++) {
      const minted = mintApiKey();
      expect(parseApiKeyToken(minted.token)).toEqual({ keyId: minted.keyId, secret: minted.secret });
    }
  });

  it.each([
    '',
    'tmg_',
    'Bearer tmg_0123456789abcdef_' + 'a'.repeat(43),
    'tmg_0123456789ABCDEF_' + 'a'.repeat(43),
    'tmg_0123456789abcdef_' + 'a'.repeat(42),
    'tmg_0123456789abcdef_' + 'a'.repeat(44),
    'tmg_0123456789abcdef_' + 'a'.repeat(42) + '=',
    'xyz_0123456789abcdef_' + 'a'.repeat(43),
  ])('refuses %p', (token) => {
    expect(parseApiKeyToken(token)).toBeNull();
  });

  it('matches a secret only against its own SHA-256', () => {
    const { secret } = mintApiKey();
    const hash = hashApiKeySecret(secret);
    expect(hash).toHaveLength(32);
    expect(secretMatchesHash(secret, hash)).toBe(true);
    expect(secretMatchesHash(mintApiKey().secret, hash)).toBe(false);
    expect(secretMatchesHash(secret, hash.subarray(0, 16))).toBe(false);
  });
});

import { randomBytes } from 'node:crypto';
import { fromBase64Url, toBase64Url } from './base64url';
import { fromHex, toHex } from './hex';

describe('hex', () => {
  it('writes lowercase and reads either case', () => {
    expect(toHex(new Uint8Array([0, 1, 0xab, 0xff]))).toBe('0001abff');
    expect([...fromHex('0001ABff')]).toEqual([0, 1, 0xab, 0xff]);
  });

  it.each(['abc', '0g', 'ab cd'])('refuses %j', (text) => {
    expect(() => fromHex(text)).toThrow(/Not a hex string/);
  });
});

describe('base64url', () => {
  it('encodes the RFC 4648 §10 vectors without padding, in the URL-safe alphabet', () => {
    const cases: [string, string][] = [['', ''], ['f', 'Zg'], ['fo', 'Zm8'], ['foo', 'Zm9v'], ['foob', 'Zm9vYg'], ['fooba', 'Zm9vYmE'], ['foobar', 'Zm9vYmFy']];
    for (const [plain, encoded] of cases) {
      expect(toBase64Url(new TextEncoder().encode(plain))).toBe(encoded);
      expect(new TextDecoder().decode(fromBase64Url(encoded))).toBe(plain);
    }
    expect(toBase64Url(new Uint8Array([0xfb, 0xff]))).toBe('-_8');
  });

  it('agrees with Buffer base64url both ways on random bytes', () => {
    for (let n = 0; n < 100; n++) {
      const bytes = randomBytes(n);
      expect(toBase64Url(new Uint8Array(bytes))).toBe(bytes.toString('base64url'));
      expect(Buffer.from(fromBase64Url(bytes.toString('base64url'))).equals(bytes)).toBe(true);
    }
  });

  it.each([
    ['padding', 'Zg=='],
    ['the standard alphabet', 'ab+/'],
    ['an impossible length', 'Zm9vY'],
    ['non-zero trailing bits', 'Zh'],
  ])('refuses %s', (_rule, text) => {
    expect(() => fromBase64Url(text)).toThrow(/Not base64url/);
  });
});

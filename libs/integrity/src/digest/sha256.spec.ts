import { createHash, randomBytes } from 'node:crypto';
import { toHex } from '../encoding/hex';
import { utf8 } from '../encoding/utf8';
import { sha256 as nodeSha256 } from './sha256';
import { sha256 as portableSha256 } from './sha256.portable';

// FIPS 180-4 examples (NIST CSRC "Examples with intermediate values") and the empty message.
const vectors: [string, string][] = [
  ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
  ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
  ['abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq', '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'],
  [
    'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
    'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
  ],
  ['a'.repeat(1_000_000), 'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0'],
];

describe.each([
  ['node:crypto', nodeSha256],
  ['portable', portableSha256],
])('sha256 (%s)', (_name, sha256) => {
  it.each(vectors.map(([m, d]) => [m.length > 60 ? `${m.slice(0, 20)}… (${m.length} bytes)` : JSON.stringify(m), m, d]))(
    'hashes the FIPS 180-4 message %s',
    (_label, message, digest) => {
      expect(toHex(sha256(utf8(message)))).toBe(digest);
    },
  );

  it('hashes a view into a larger buffer by its own bytes only', () => {
    const whole = utf8('xxabcxx');
    expect(toHex(sha256(whole.subarray(2, 5)))).toBe(vectors[1]![1]);
  });
});

describe('portable sha256 against node:crypto', () => {
  it('agrees on every length from 0 to 200 bytes (each padding boundary) and on random inputs', () => {
    const inputs = [...Array.from({ length: 201 }, (_, n) => randomBytes(n)), ...Array.from({ length: 50 }, () => randomBytes(Math.floor(Math.random() * 5000)))];
    for (const input of inputs) {
      expect(toHex(portableSha256(new Uint8Array(input)))).toBe(createHash('sha256').update(input).digest('hex'));
    }
  });
});

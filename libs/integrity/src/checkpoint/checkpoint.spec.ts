import { fromBase64Url, toBase64Url } from '../encoding/base64url';
import { fromHex, toHex } from '../encoding/hex';
import { utf8 } from '../encoding/utf8';
import { generateSigningKey, signingKeyOf } from '../keys/ed25519-signing';
import { verifySignatureSync } from '../keys/ed25519-verification';
import { verifySignature as webCryptoVerify } from '../keys/ed25519-verification.webcrypto';
import type { Checkpoint } from './checkpoint';
import { CheckpointFormatError, checkpointText } from './checkpoint-text';
import { signCheckpoint } from './sign-checkpoint';
import { checkpointProblem, verifyCheckpoint } from './verify-checkpoint';

const root = '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328';
const body = { treeSize: 8, rootHash: root, timestamp: '2026-11-23T15:00:00.000Z' };
// RFC 8032 TEST 1's key, so the signature below is fixed.
const key = signingKeyOf(toBase64Url(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')));

describe('checkpointText', () => {
  it('is "tamga\\n<treeSize>\\n<root hex>\\n<timestamp>\\n"', () => {
    expect(checkpointText(body)).toBe(`tamga\n8\n${root}\n2026-11-23T15:00:00.000Z\n`);
  });

  it.each([
    ['a negative size', { ...body, treeSize: -1 }, /treeSize/],
    ['a fractional size', { ...body, treeSize: 1.5 }, /treeSize/],
    ['an uppercase root', { ...body, rootHash: root.toUpperCase() }, /rootHash/],
    ['a short root', { ...body, rootHash: root.slice(2) }, /rootHash/],
    ['a timestamp with a newline', { ...body, timestamp: '2026-11-23T15:00:00.000Z\n9' }, /timestamp/],
    ['a timestamp with an offset', { ...body, timestamp: '2026-11-23T21:00:00.000+06:00' }, /timestamp/],
  ])('refuses %s', (_name, bad, rule) => {
    expect(() => checkpointText(bad)).toThrow(CheckpointFormatError);
    expect(() => checkpointText(bad)).toThrow(rule);
  });
});

describe('signCheckpoint and verifyCheckpoint', () => {
  const checkpoint = signCheckpoint(key, body);

  it('signs the checkpoint text with the service key, naming the key', () => {
    expect(checkpoint).toMatchObject({ log: 'tamga', ...body, keyId: key.keyId });
    expect(verifySignatureSync(key.publicKey, utf8(checkpointText(body)), checkpoint.signature)).toBe(true);
  });

  it('verifies with node:crypto and with WebCrypto', async () => {
    expect(await verifyCheckpoint(checkpoint, key.publicKey)).toBe(true);
    expect(await webCryptoVerify(key.publicKey, utf8(checkpointText(checkpoint)), checkpoint.signature)).toBe(true);
  });

  const tampered: [string, Partial<Checkpoint>, RegExp][] = [
    ['tree size', { treeSize: 9 }, /signature/],
    ['root', { rootHash: `${root.slice(0, 63)}9` }, /signature/],
    ['timestamp', { timestamp: '2026-11-23T15:00:00.001Z' }, /signature/],
    ['log', { log: 'other' as 'tamga' }, /log/],
    ['key id', { keyId: '0000000000000000' }, /keyId/],
  ];
  it.each(tampered)('refuses a checkpoint with another %s', async (_field, change, reason) => {
    expect(await verifyCheckpoint({ ...checkpoint, ...change }, key.publicKey)).toBe(false);
    expect(await checkpointProblem({ ...checkpoint, ...change }, key.publicKey)).toMatch(reason);
  });

  it('refuses a flipped signature bit and another key', async () => {
    const signature = fromBase64Url(checkpoint.signature);
    signature[10]! ^= 0x04;
    expect(await verifyCheckpoint({ ...checkpoint, signature: toBase64Url(signature) }, key.publicKey)).toBe(false);
    const other = generateSigningKey();
    expect(await checkpointProblem(checkpoint, other.publicKey)).toMatch(/keyId/);
    expect(await checkpointProblem({ ...checkpoint, keyId: other.keyId }, other.publicKey)).toMatch(/signature/);
    expect(await checkpointProblem(checkpoint, 'short')).toMatch(/public key/);
  });

  it('has a stable signature for a fixed key and body (Ed25519 is deterministic)', () => {
    expect(signCheckpoint(key, body).signature).toBe(checkpoint.signature);
    expect(toHex(fromBase64Url(checkpoint.signature))).toHaveLength(128);
  });
});

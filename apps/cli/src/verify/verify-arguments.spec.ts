import { verifyArgumentsOf } from './verify-arguments';

const FINGERPRINT = `sha-256:${'ab'.repeat(32)}`;

describe('tamga verify arguments', () => {
  it.each([
    [['bundle.json'], { file: 'bundle.json', json: false }],
    [['bundle.json', '--trusted-key', FINGERPRINT], { file: 'bundle.json', json: false, trustedKey: FINGERPRINT }],
    [[`--trusted-key=${'ab'.repeat(32)}`, '-', '--json'], { file: '-', json: true, trustedKey: 'ab'.repeat(32) }],
  ])('reads %p', (args, expected) => {
    expect(verifyArgumentsOf(args)).toEqual(expected);
  });

  it.each([
    [[], 'which bundle'],
    [['a.json', 'b.json'], 'one bundle at a time'],
    [['a.json', '--trusted-key'], '--trusted-key needs'],
    [['a.json', '--trusted-key', 'sha-256:abc'], '--trusted-key needs'],
    [['a.json', '--trusted-key', FINGERPRINT, '--trusted-key', FINGERPRINT], 'given twice'],
    [['a.json', '--trust'], 'unknown option --trust'],
  ])('refuses %p, saying why', (args, why) => {
    expect(verifyArgumentsOf(args)).toEqual({ error: expect.stringContaining(why) });
  });
});

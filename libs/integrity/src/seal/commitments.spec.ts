import { createHash } from 'node:crypto';
import { fromBase64Url } from '../encoding/base64url';
import { CommitmentError, commit, commitments } from './commitments';
import { newSalts, SALT_BYTES } from './salts';

describe('commit', () => {
  it('is "sha-256:" and the hex SHA-256 of JCS([salt, value])', () => {
    const expected = createHash('sha256').update('["AAAA",{"a":1,"b":[true,null]}]').digest('hex');
    expect(commit('AAAA', { b: [true, null], a: 1 })).toBe(`sha-256:${expected}`);
  });

  it('differs for another salt or another value', () => {
    expect(commit('AAAA', 'x')).not.toBe(commit('AAAB', 'x'));
    expect(commit('AAAA', 'x')).not.toBe(commit('AAAA', 'y'));
  });
});

describe('newSalts', () => {
  it('gives each top-level key its own fresh 16-byte base64url salt', () => {
    const salts = newSalts({ a: 1, b: { nested: true }, c: undefined });
    expect(Object.keys(salts).sort()).toEqual(['a', 'b']);
    expect(fromBase64Url(salts.a!)).toHaveLength(SALT_BYTES);
    expect(salts.a).not.toBe(salts.b);
    expect(newSalts({ a: 1 }).a).not.toBe(salts.a);
  });
});

describe('commitments', () => {
  it('commits every field with its own salt', () => {
    const data = { a: 1, b: 'two' };
    const salts = newSalts(data);
    expect(commitments(data, salts)).toEqual({ a: commit(salts.a!, 1), b: commit(salts.b!, 'two') });
  });

  it('refuses a field without a salt and a salt without a field', () => {
    expect(() => commitments({ a: 1, b: 2 }, { a: 'AAAA' })).toThrow(new CommitmentError('No salt for data field "b"'));
    expect(() => commitments({ a: 1 }, { a: 'AAAA', b: 'AAAA' })).toThrow(/Salt for "b", which the data does not have/);
  });

  it('refuses data that is not an object', () => {
    expect(() => commitments([1] as object, {})).toThrow(CommitmentError);
    expect(() => commitments(null as unknown as object, {})).toThrow(CommitmentError);
  });
});

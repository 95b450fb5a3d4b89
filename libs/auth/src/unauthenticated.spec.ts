import { bearerTokenOf } from './unauthenticated';

describe('reading the Authorization header', () => {
  it.each([
    ['Bearer tmg_abc', 'tmg_abc'],
    ['bearer tmg_abc', 'tmg_abc'],
    ['Bearer   tmg_abc ', 'tmg_abc'],
  ])('%p carries the key %p', (header, token) => {
    expect(bearerTokenOf(header)).toBe(token);
  });

  it.each([['Basic dXNlcjpwYXNz'], ['Bearer'], ['Bearer a b'], ['tmg_abc'], [['Bearer a', 'Bearer b']]])('%p is malformed', (header) => {
    expect(bearerTokenOf(header)).toBe('malformed');
  });

  it('no header, or an empty one, is no key at all', () => {
    expect(bearerTokenOf(undefined)).toBeNull();
    expect(bearerTokenOf('')).toBeNull();
  });
});

import { CachedAnswer, PageCache } from './page-cache';

const answer = (size: number): CachedAnswer => ({ status: 200, identity: { body: Buffer.alloc(size), headers: {} }, gzip: { body: Buffer.alloc(0), headers: {} }, scanCode: null });

describe('the page cache', () => {
  it('answers within its time to live and forgets after', () => {
    let now = 1_000;
    const cache = new PageCache(2_000, 1_000_000, () => now);
    cache.set('a', answer(10));
    now += 1_999;
    expect(cache.get('a')).toBeDefined();
    now += 1;
    expect(cache.get('a')).toBeUndefined();
  });

  it('evicts the least recently used answer past its size', () => {
    const cache = new PageCache(60_000, 3 * (1_000 + 1025));
    cache.set('a', answer(1_000));
    cache.set('b', answer(1_000));
    cache.set('c', answer(1_000));
    cache.get('a');
    cache.set('d', answer(1_000));
    expect([cache.get('a'), cache.get('b'), cache.get('c'), cache.get('d')].map(Boolean)).toEqual([true, false, true, true]);
  });

  it('keeps nothing when its time to live is 0', () => {
    const cache = new PageCache(0);
    cache.set('a', answer(1));
    expect(cache.get('a')).toBeUndefined();
  });
});

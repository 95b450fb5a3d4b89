import { pageOf } from './master-data-page';

describe('pageOf', () => {
  const ids = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `place:${i}` }));

  it('a query that found one row more than the page: a full page, and the last id as the next cursor', () => {
    expect(pageOf(ids(3), 2, (p) => p.id)).toEqual({ items: [{ id: 'place:0' }, { id: 'place:1' }], next: 'place:1' });
  });

  it('no more rows than the page: the last page, no cursor', () => {
    expect(pageOf(ids(2), 2, (p) => p.id)).toEqual({ items: ids(2), next: null });
    expect(pageOf([], 2, (p: { id: string }) => p.id)).toEqual({ items: [], next: null });
  });
});

import { SeededRandom } from './seeded-random';

describe('SeededRandom', () => {
  it('repeats itself for a seed and differs between seeds', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, () => new SeededRandom(seed)).map((r) => r.next32());
    expect(draw(1)).toEqual(draw(1));
    expect(new SeededRandom(1).next32()).not.toBe(new SeededRandom(2).next32());
  });

  it('makes version 4 UUIDs with the RFC 9562 variant', () => {
    const random = new SeededRandom(7);
    for (let i = 0; i < 1000; i++) expect(random.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('keeps int() within its bounds', () => {
    const random = new SeededRandom(3);
    const values = Array.from({ length: 5000 }, () => random.int(6, 10));
    expect(Math.min(...values)).toBe(6);
    expect(Math.max(...values)).toBe(10);
  });
});

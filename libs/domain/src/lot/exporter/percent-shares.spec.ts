import { percentagesOf } from './percent-shares';

describe('percentages of shares', () => {
  it('add up to exactly 100 where rounding each would not', () => {
    expect(percentagesOf([1 / 3, 1 / 3, 1 / 3])).toEqual([33.34, 33.33, 33.33]);
    const sevenths = percentagesOf(Array.from({ length: 7 }, () => 1 / 7));
    expect(sevenths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(Math.round(sevenths.reduce((a, b) => a + b, 0) * 100)).toBe(10_000);
  });

  it('keep exact shares exact', () => {
    expect(percentagesOf([0.5, 0.25, 0.25])).toEqual([50, 25, 25]);
    expect(percentagesOf([1])).toEqual([100]);
  });

  it('do not inflate a part whose origin is only partly known', () => {
    expect(percentagesOf([0.3, 0.3])).toEqual([30, 30]);
  });

  it('are zero for nothing', () => {
    expect(percentagesOf([])).toEqual([]);
    expect(percentagesOf([0, 0])).toEqual([0, 0]);
  });
});

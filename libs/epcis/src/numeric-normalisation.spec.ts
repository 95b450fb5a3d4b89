import { formatNumber, normaliseNumeric } from './numeric-normalisation';

describe('normaliseNumeric (CBV 2.0 §8.9 rules 6-7: no trailing zeros, no quotes)', () => {
  it.each([
    ['1.0', '1'],
    ['0.3430', '0.343'],
    ['+26', '26'],
    ['600', '600'],
    ['12.1', '12.1'],
    ['1e3', '1000'],
    ['-0', '0'],
    ['.5', '0.5'],
    ['0.00001', '1e-05'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseNumeric(input)).toBe(expected);
  });

  it.each(['+01:00', 'KGM', '2019-10-21', '0x1F', 'Infinity', ''])('leaves %s unchanged', (input) => {
    expect(normaliseNumeric(input)).toBe(input);
  });

  it('formats JSON numbers the same way', () => {
    expect([26, 0.1, 26.0, 452.0, 1e21, 1.5e-7].map(formatNumber)).toEqual(['26', '0.1', '26', '452', '1000000000000000000000', '1.5e-07']);
  });
});

import { gs1CheckDigit } from './gs1-check-digit';
import { gtinOf } from './gtin';
import { refusal } from '../../shared/refusal.testing';

describe('GS1 check digit', () => {
  it.each([
    ['400638133393', 1], // EAN-13 4006381333931, the textbook example
    ['03600029145', 2], // UPC-A 036000291452
    ['9638507', 4], // EAN-8 96385074
    ['470123400001', 4], // demo honey, GS1 Kyrgyzstan prefix
  ])('of %s is %i', (digits, check) => {
    expect(gs1CheckDigit(digits)).toBe(check);
  });
});

describe('GTIN', () => {
  it.each([
    ['96385074', '00000096385074'],
    ['036000291452', '00036000291452'],
    ['4701234000014', '04701234000014'],
    ['14701234000011', '14701234000011'],
  ])('given %s, normalises it to GTIN-14 %s', (gtin, gtin14) => {
    expect(gtinOf(gtin)).toBe(gtin14);
  });

  it('refuses a wrong check digit, naming the expected one', () => {
    const error = refusal(() => gtinOf('4701234000015', 'product.gtin'));
    expect(error.code).toBe('GS1.INVALID_GTIN');
    expect(error.kind).toBe('invalid');
    expect(error.details[0]).toMatchObject({ field: 'product.gtin', rule: 'gs1-check-digit', expected: 4, actual: 5 });
  });

  it.each([
    ['470123400001', 'gs1-check-digit'], // a GTIN-13 missing its check digit reads as a bad GTIN-12
    ['47012340000', 'gs1-key-length'],
    ['470123400001400', 'gs1-key-length'],
    ['4701234-00001', 'digits-only'],
    ['', 'digits-only'],
  ])('refuses %p (rule %s)', (gtin, rule) => {
    expect(refusal(() => gtinOf(gtin)).details[0]).toMatchObject({ field: 'gtin', rule });
  });

  it('refuses a GTIN sent as a number, which has already lost its leading zeros', () => {
    expect(refusal(() => gtinOf(36000291452 as unknown as string)).details[0]).toMatchObject({ rule: 'digits-only' });
  });
});

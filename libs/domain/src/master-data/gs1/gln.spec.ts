import { DomainError } from '../../shared/domain-error';
import { glnOf } from './gln';

describe('GLN', () => {
  it('given a GLN-13 with its check digit, accepts it unchanged', () => {
    expect(glnOf('4701234900017')).toBe('4701234900017');
  });

  it('refuses a wrong check digit, naming the expected one', () => {
    try {
      glnOf('4701234900018', 'place.gln');
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('GS1.INVALID_GLN');
      expect((error as DomainError).details[0]).toMatchObject({ field: 'place.gln', rule: 'gs1-check-digit', expected: 7 });
    }
  });

  it('refuses a GTIN-14 where a GLN is expected', () => {
    expect(() => glnOf('14701234000011')).toThrow(/13 digits/);
  });
});

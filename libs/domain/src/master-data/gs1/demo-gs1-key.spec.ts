import { DomainError } from '../../shared/domain-error';
import { demoGln, demoGtin13 } from './demo-gs1-key';
import { glnOf } from './gln';
import { gtinOf } from './gtin';

describe('demo GS1 keys', () => {
  it('builds a GTIN-13 under the GS1 Kyrgyzstan prefix with the right check digit', () => {
    expect(demoGtin13('1234', '00001')).toBe('4701234000014');
    expect(demoGtin13('1234', '00005')).toBe('4701234000052');
    expect(gtinOf(demoGtin13('98765', '4321'))).toMatch(/^0470/);
  });

  it('builds a GLN the same way', () => {
    expect(demoGln('1234', '90001')).toBe('4701234900017');
    expect(glnOf(demoGln('1234', '90110'))).toBe('4701234901106');
  });

  it.each([
    ['1234', '0001'],
    ['1234', '000001'],
    ['12a4', '00001'],
  ])('refuses company reference %p with reference %p', (company, item) => {
    expect(() => demoGtin13(company, item)).toThrow(DomainError);
  });
});

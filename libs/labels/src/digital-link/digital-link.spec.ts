import { digitalLinkOf } from './digital-link';

describe('digitalLinkOf', () => {
  it('names a lot by /01/{gtin14}/10/{lot} and a unit by /01/{gtin14}/10/{lot}/21/{serial} on the resolver', () => {
    expect(digitalLinkOf('https://tamga.kg', { gtin: '04870001234565', lotId: 'TMG-HNY-26-001' })).toBe('https://tamga.kg/01/04870001234565/10/TMG-HNY-26-001');
    expect(digitalLinkOf('https://tamga.kg/r', { gtin: '04870001234565', lotId: 'TMG-HNY-26-001', serial: 'J.0001_a-b' })).toBe(
      'https://tamga.kg/r/01/04870001234565/10/TMG-HNY-26-001/21/J.0001_a-b',
    );
  });

  it('percent-encodes anything a path segment cannot carry as it is, and refuses a GTIN that is not 14 digits', () => {
    expect(digitalLinkOf('https://tamga.kg', { gtin: '04870001234565', lotId: 'A/B', serial: 'x y' })).toBe('https://tamga.kg/01/04870001234565/10/A%2FB/21/x%20y');
    expect(() => digitalLinkOf('https://tamga.kg', { gtin: '4870001234565', lotId: 'L' })).toThrow(/GTIN-14/);
  });
});

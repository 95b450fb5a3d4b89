import { epcUrnToDigitalLink } from './epc-urn-to-digital-link';
import { withCheckDigit } from './gs1-check-digit';

describe('withCheckDigit', () => {
  it('appends the modulo-10 check digit of GS1 keys', () => {
    expect(withCheckDigit('1061414112345')).toBe('10614141123459'); // GTIN
    expect(withCheckDigit('10614141234567890')).toBe('106141412345678908'); // SSCC
    expect(withCheckDigit('061414112345')).toBe('0614141123452'); // GLN
  });
});

describe('epcUrnToDigitalLink (EPC URN -> canonical GS1 Digital Link, GS1 TDS / Digital Link)', () => {
  it.each([
    // Pure identities (TDS examples): company prefix + reference -> key with check digit.
    ['urn:epc:id:sgtin:0614141.112345.400', 'https://id.gs1.org/01/10614141123459/21/400'],
    ['urn:epc:id:sscc:0614141.1234567890', 'https://id.gs1.org/00/106141412345678908'],
    ['urn:epc:id:sgln:0614141.12345.400', 'https://id.gs1.org/414/0614141123452/254/400'],
    ['urn:epc:id:sgln:0614141.12345.0', 'https://id.gs1.org/414/0614141123452'],
    ['urn:epc:id:grai:0614141.12345.400', 'https://id.gs1.org/8003/00614141123452400'],
    ['urn:epc:id:giai:0614141.12345400', 'https://id.gs1.org/8004/061414112345400'],
    ['urn:epc:id:gsrn:0614141.1234567890', 'https://id.gs1.org/8018/061414112345678902'],
    ['urn:epc:id:gdti:0614141.12345.400', 'https://id.gs1.org/253/0614141123452400'],
    ['urn:epc:id:cpi:0614141.123ABC.123456789', 'https://id.gs1.org/8010/0614141123ABC/8011/123456789'],
    ['urn:epc:id:sgcn:4012345.67890.04711', 'https://id.gs1.org/255/401234567890104711'],
    ['urn:epc:id:ginc:0614141.xyz3311cba', 'https://id.gs1.org/401/0614141xyz3311cba'],
    ['urn:epc:id:gsin:0614141.123456789', 'https://id.gs1.org/402/06141411234567890'],
    ['urn:epc:id:itip:4012345.012345.01.02.987', 'https://id.gs1.org/8006/040123451234560102/21/987'],
    ['urn:epc:id:pgln:0614141.12345', 'https://id.gs1.org/417/0614141123452'],
    ['urn:epc:id:pgln:999999999999.', 'https://id.gs1.org/417/9999999999994'],
    // Class and pattern URIs.
    ['urn:epc:class:lgtin:4012345.012345.998877', 'https://id.gs1.org/01/04012345123456/10/998877'],
    ['urn:epc:idpat:sgtin:4012345.012345.*', 'https://id.gs1.org/01/04012345123456'],
    ['urn:epc:idpat:grai:4012345.99999.*', 'https://id.gs1.org/8003/04012345999990'],
    ['urn:epc:idpat:itip:4012345.012345.01.02.*', 'https://id.gs1.org/8006/040123451234560102'],
    // EPC URI escapes are kept; characters Digital Link must escape are percent-encoded.
    ['urn:epc:id:sgtin:4012345.011111.98%22', 'https://id.gs1.org/01/04012345111118/21/98%22'],
    ['urn:epc:id:sgtin:0614141.812345.6789%2F%26%25%22!%3F()', 'https://id.gs1.org/01/80614141123458/21/6789%2F%26%25%22%21%3F%28%29'],
  ])('%s -> %s', (urn, expected) => {
    expect(epcUrnToDigitalLink(urn)).toBe(expected);
  });

  it.each([
    'urn:epc:id:sgtin:0614141.12345.400', // prefix + item reference must be 13 digits
    'urn:epc:id:sscc:0614141.123456789',
    'urn:epc:id:gid:95100000.12345.400', // no GS1 key
    'urn:epc:idpat:sscc:0614141.*',
    'urn:epcglobal:cbv:bt:4012345000009:ASN1099',
  ])('does not convert %s', (urn) => {
    expect(epcUrnToDigitalLink(urn)).toBeNull();
  });
});

import { canonicaliseDigitalLink } from './digital-link-canonicalisation';

describe('canonicaliseDigitalLink (CBV 2.0 §8.9: constrained canonical GS1 Digital Link URI)', () => {
  it.each([
    // (I) custom domains become id.gs1.org; http becomes https.
    ['https://id.gs1.de/00/040123451111111110', 'https://id.gs1.org/00/040123451111111110'],
    ['https://id.example.com/253/4012345000054987', 'https://id.gs1.org/253/4012345000054987'],
    ['http://id.gs1.org/gtin/9780345418913', 'https://id.gs1.org/01/09780345418913'],
    // (II) the query string is dropped; short names become numeric AIs.
    ['https://example.com/gtin/09780345418913/21/765tz?abc=211121', 'https://id.gs1.org/01/09780345418913/21/765tz'],
    ['https://example.co.uk/party/4226350800008', 'https://id.gs1.org/417/4226350800008'],
    // GTIN-8/12/13 are padded to 14 digits.
    ['http://example.de/gtin-8/01/97803111', 'https://id.gs1.org/01/00000097803111'],
    ['https://ean-13.de/gtin/4012345123456/ser/ABC524', 'https://id.gs1.org/01/04012345123456/21/ABC524'],
    // (III) only the finest identification level: CPV dropped, lot dropped when serialised.
    ['https://id.gs1.org/01/9780345418913/22/344/10/1223/21/765tz', 'https://id.gs1.org/01/09780345418913/21/765tz'],
    ['https://id.gs1.org/gtin/9780345418913/cpv/344', 'https://id.gs1.org/01/09780345418913'],
    ['https://fashion-corp.com/8006/040123451234560102/10/Lot-123/21/ser987', 'https://id.gs1.org/8006/040123451234560102/21/ser987'],
    ['https://id.gs1.org/414/4280000000002/254/12', 'https://id.gs1.org/414/4280000000002/254/12'],
  ])('%s -> %s', (uri, expected) => {
    expect(canonicaliseDigitalLink(uri)).toBe(expected);
  });

  it.each([
    'http://example.org/123/4012345ABC987/456/4711', // no GS1 primary key
    'http://id.gs1.org/01/9780345418913/99/utfgf', // not a permitted key qualifier
    'http://example.de/01/97803', // malformed GTIN
    'https://id.gs1.org/8006/04012345123456/22/ABCD/10/XYZ', // ITIP needs 18 digits
    'http://transaction.acme.com/po/12345678',
    'http://www.opengis.net/def/crs/EPSG/0/27700',
  ])('is not a GS1 Digital Link URI for the hash: %s', (uri) => {
    expect(canonicaliseDigitalLink(uri)).toBeNull();
  });
});

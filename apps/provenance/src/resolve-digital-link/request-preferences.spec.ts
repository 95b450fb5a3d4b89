import { acceptsGzip, originOf, requestPreferences } from './request-preferences';

describe('what a request for a code asks for', () => {
  it('reads a browser', () => {
    expect(
      requestPreferences({}, { accept: 'text/html,*/*;q=0.8', 'accept-language': 'ja-JP,ja;q=0.9', 'accept-encoding': 'gzip, deflate, br' }),
    ).toEqual({ representation: 'html', lang: 'ja', gzip: true });
  });

  it('lets ?lang= and ?linkType= win over the headers', () => {
    expect(requestPreferences({ lang: 'ky', linkType: 'linkset' }, { accept: 'text/html', 'accept-language': 'en' })).toEqual({
      representation: 'linkset', lang: 'ky', gzip: false,
    });
  });

  it.each([
    ['gzip', true],
    ['br;q=1, gzip;q=0.5', true],
    ['gzip;q=0', false],
    ['*', true],
    ['identity', false],
    [undefined, false],
  ])('Accept-Encoding %p allows gzip: %p', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('builds absolute links on a plausible Host only', () => {
    expect(originOf('https', 'tamga.kg', 'http://127.0.0.1:3000')).toBe('https://tamga.kg');
    expect(originOf('http', '127.0.0.1:3000', 'x')).toBe('http://127.0.0.1:3000');
    expect(originOf('http', 'evil.example/<script>', 'http://127.0.0.1:3000')).toBe('http://127.0.0.1:3000');
  });
});

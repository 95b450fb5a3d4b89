import { publicUrlOf } from './public-url';

describe('publicUrlOf (TAMGA_PUBLIC_URL)', () => {
  it("defaults to the provenance service's own address", () => {
    expect(publicUrlOf({})).toBe('http://127.0.0.1:3000');
    expect(publicUrlOf({ TAMGA_HOST: '10.0.0.5', PROVENANCE_PORT: '8080' })).toBe('http://10.0.0.5:8080');
    expect(publicUrlOf({ TAMGA_HOST: '::1' })).toBe('http://[::1]:3000');
  });

  it('takes the public host, without a trailing slash, keeping a path prefix', () => {
    expect(publicUrlOf({ TAMGA_PUBLIC_URL: 'https://tamga.kg/' })).toBe('https://tamga.kg');
    expect(publicUrlOf({ TAMGA_PUBLIC_URL: ' https://ovop.example.kg/tamga// ' })).toBe('https://ovop.example.kg/tamga');
    expect(publicUrlOf({ TAMGA_PUBLIC_URL: 'https://ТАМГА.кг' })).toBe('https://xn--80aai9a2a.xn--c1an') // the host in ASCII (IDNA), as a QR reader sends it;
  });

  it.each(['tamga.kg', 'ftp://tamga.kg', 'https://tamga.kg/?x=1', 'https://tamga.kg/#top', 'https://user:pw@tamga.kg'])('refuses %p', (value) => {
    expect(() => publicUrlOf({ TAMGA_PUBLIC_URL: value })).toThrow(/TAMGA_PUBLIC_URL/);
  });
});

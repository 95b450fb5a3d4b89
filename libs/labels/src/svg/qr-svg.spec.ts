import { encodeQr } from '../qr/qr-code';
import { decodeModules } from '../testing/decode-qr.testing';
import { qrSvg } from './qr-svg';

const UNIT = 'https://tamga.kg/01/04870001234565/10/TMG-HNY-26-001/21/J0001';

/** The modules a path of "Mx yhnv1h-nz" rectangles paints, as "x,y". */
function paintedModules(d: string): Set<string> {
  const painted = new Set<string>();
  for (const [, x, y, n, back] of d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)) {
    expect(back).toBe(n);
    for (let i = 0; i < Number(n); i++) painted.add(`${Number(x) + i},${y}`);
  }
  expect(d.replace(/M\d+ \d+h\d+v1h-\d+z/g, '')).toBe('');
  return painted;
}

describe('qrSvg', () => {
  const code = encodeQr(UNIT);
  const svg = qrSvg(code);
  const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)![1];

  it('is one SVG element with a viewBox of the symbol and its 4-module quiet zone, one path, on white', () => {
    const side = code.size + 8;
    expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}"`));
    expect(svg.trimEnd().endsWith('</svg>')).toBe(true);
    expect(svg.match(/<path/g)).toHaveLength(1);
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
  });

  it('paints exactly the dark modules, shifted by the quiet zone, and nothing in the quiet zone', () => {
    const painted = paintedModules(d);
    for (let y = -4; y < code.size + 4; y++) {
      for (let x = -4; x < code.size + 4; x++) expect(painted.has(`${x + 4},${y + 4}`)).toBe(code.isDark(x, y));
    }
  });

  it('reads back as the Digital Link when rasterised and decoded by jsQR', () => {
    const painted = paintedModules(d);
    expect(decodeModules(code.size, (x, y) => painted.has(`${x + 4},${y + 4}`))?.text).toBe(UNIT);
  });

  it('is compact (a few kilobytes) and names what it carries for screen readers, escaped', () => {
    expect(Buffer.byteLength(svg)).toBeLessThan(8 * 1024);
    expect(svg).toContain(`aria-label="${UNIT}"`);
    expect(qrSvg(encodeQr('a<b&"c"'))).toContain('aria-label="a&lt;b&amp;&quot;c&quot;"');
  });
});

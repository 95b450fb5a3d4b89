import { CanonicalJsonError, canonicalJson, canonicalJsonBytes } from './canonical-json';

describe('canonicalJson (RFC 8785)', () => {
  it('canonicalises the example of RFC 8785 §3.2.2', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts properties by UTF-16 code units (RFC 8785 §3.2.3)', () => {
    const input = JSON.parse(
      '{"\\u20ac":"Euro Sign","\\r":"Carriage Return","\\ufb33":"Hebrew Letter Dalet With Dagesh","1":"One",' +
        '"\\ud83d\\ude00":"Emoji: Grinning Face","\\u0080":"Control","\\u00f6":"Latin Small Letter O With Diaeresis"}',
    );
    const keys = Object.keys(JSON.parse(canonicalJson(input)) as object);
    // JSON.parse puts "1" first (integer-like keys), so read the order off the text instead.
    const order = [...canonicalJson(input).matchAll(/"([^"]*)":"([^"]*)"/g)].map((m) => m[2]);
    expect(keys).toHaveLength(7);
    expect(order).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
  });

  it('nests, sorts at every level and writes the UTF-8 bytes of RFC 8785 §3.2.4', () => {
    expect(canonicalJson({ b: [{ z: 1, a: 2 }], a: { y: null, x: 'é' } })).toBe('{"a":{"x":"é","y":null},"b":[{"a":2,"z":1}]}');
    expect([...canonicalJsonBytes({ '€': 'é' })]).toEqual([0x7b, 0x22, 0xe2, 0x82, 0xac, 0x22, 0x3a, 0x22, 0xc3, 0xa9, 0x22, 0x7d]);
  });

  // RFC 8785 Appendix B: IEEE 754 bit patterns and their canonical text.
  const numbers: [string, string][] = [
    ['0000000000000000', '0'],
    ['8000000000000000', '0'],
    ['0000000000000001', '5e-324'],
    ['8000000000000001', '-5e-324'],
    ['7fefffffffffffff', '1.7976931348623157e+308'],
    ['ffefffffffffffff', '-1.7976931348623157e+308'],
    ['4340000000000000', '9007199254740992'],
    ['c340000000000000', '-9007199254740992'],
    ['4430000000000000', '295147905179352830000'],
    ['44b52d02c7e14af5', '9.999999999999997e+22'],
    ['44b52d02c7e14af6', '1e+23'],
    ['44b52d02c7e14af7', '1.0000000000000001e+23'],
    ['444b1ae4d6e2ef4e', '999999999999999700000'],
    ['444b1ae4d6e2ef4f', '999999999999999900000'],
    ['444b1ae4d6e2ef50', '1e+21'],
    ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
    ['3eb0c6f7a0b5ed8d', '0.000001'],
    ['41b3de4355555553', '333333333.3333332'],
    ['41b3de4355555554', '333333333.33333325'],
    ['41b3de4355555555', '333333333.3333333'],
    ['41b3de4355555556', '333333333.3333334'],
    ['41b3de4355555557', '333333333.33333343'],
    ['becbf647612f3696', '-0.0000033333333333333333'],
    ['43143ff3c1cb0959', '1424953923781206.2'],
  ];
  it.each(numbers)('serialises the double 0x%s as %s (RFC 8785 Appendix B)', (bits, text) => {
    const view = new DataView(new ArrayBuffer(8));
    view.setBigUint64(0, BigInt(`0x${bits}`));
    expect(canonicalJson(view.getFloat64(0))).toBe(text);
  });

  it('escapes every control character and nothing else', () => {
    expect(canonicalJson('\b\t\n\f\r\u0000\u001f\u007f"\\/')).toBe('"\\b\\t\\n\\f\\r\\u0000\\u001f\u007f\\"\\\\/"');
  });

  it('omits undefined object properties, as a JSON round trip would', () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  const refused: [string, unknown, string, RegExp][] = [
    ['NaN', { a: [1, NaN] }, '/a/1', /not a finite number/],
    ['Infinity', { a: Infinity }, '/a', /not a finite number/],
    ['-Infinity', -Infinity, '', /not a finite number/],
    ['undefined in an array', [1, undefined], '/1', /undefined/],
    ['a hole in an array', [1, , 3], '/1', /undefined/],
    ['undefined itself', undefined, '', /undefined/],
    ['a bigint', { n: 1n }, '/n', /bigint/],
    ['a function', { f: () => 1 }, '/f', /function/],
    ['a symbol', [Symbol('s')], '/0', /symbol/],
    ['a Date', { at: new Date(0) }, '/at', /Date is not a plain JSON object/],
    ['a Map', { 'a/b~': new Map() }, '/a~1b~0', /Map/],
    ['a lone high surrogate', { s: 'x\ud800' }, '/s', /lone surrogate/],
    ['a lone low surrogate in a key', { '\udc00': 1 }, '/\udc00', /lone surrogate/],
  ];
  it.each(refused)('refuses %s, naming where it is', (_name, value, path, rule) => {
    let error: unknown;
    try {
      canonicalJson(value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CanonicalJsonError);
    expect((error as CanonicalJsonError).path).toBe(path);
    expect((error as CanonicalJsonError).message).toMatch(rule);
  });

  it('refuses a circular value instead of overflowing the stack', () => {
    const loop: Record<string, unknown> = {};
    loop.self = loop;
    expect(() => canonicalJson(loop)).toThrow(/circular/);
  });

  it('accepts the same object twice when it is not its own ancestor', () => {
    const shared = { x: 1 };
    expect(canonicalJson([shared, shared])).toBe('[{"x":1},{"x":1}]');
  });
});

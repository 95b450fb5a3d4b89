import { DomainError } from '#tamga/domain';
import { canonicalDigitalLinkOf, digitalLinkPathOf } from './digital-link-path';
import { parseDigitalLinkPath } from './parse-digital-link';

const HONEY = '04701234000014'; // GTIN-14 of the demo honey; GTIN-13 4701234000014

function refusal(path: string): DomainError {
  try {
    parseDigitalLinkPath(path);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error(`expected ${path} to be refused`);
}

describe('parsing a GS1 Digital Link path', () => {
  it.each([
    [`/01/${HONEY}`, { gtin: HONEY }],
    ['/01/4701234000014', { gtin: HONEY }],
    [`/01/${HONEY}/10/HN-2026-001`, { gtin: HONEY, lot: 'HN-2026-001' }],
    [`/01/${HONEY}/10/HN-2026-001/21/J0042`, { gtin: HONEY, lot: 'HN-2026-001', serial: 'J0042' }],
    [`/gtin/${HONEY}/lot/HN-1/ser/J1`, { gtin: HONEY, lot: 'HN-1', serial: 'J1' }],
    [`/01/${HONEY}/21/J0042`, { gtin: HONEY, serial: 'J0042' }],
    [`/01/${HONEY}/22/2A/10/L1`, { gtin: HONEY, cpv: '2A', lot: 'L1' }],
    [`/01/${HONEY}/10/L1/`, { gtin: HONEY, lot: 'L1' }],
  ])('reads %s', (path, expected) => {
    expect(parseDigitalLinkPath(path)).toEqual(expected);
  });

  it('percent-decodes values, so an escaped lot is the lot itself', () => {
    expect(parseDigitalLinkPath(`/01/${HONEY}/10/A%2FB%2520/21/%21x`)).toEqual({ gtin: HONEY, lot: 'A/B%20', serial: '!x' });
  });

  it.each([
    [`/01/4701234000015`, 'gtin', 'gs1-check-digit'],
    [`/01/470123400001`, 'gtin', 'gs1-check-digit'],
    [`/01/47012340`, 'gtin', 'gs1-check-digit'],
    [`/01/4701234-00001`, 'gtin', 'digits-only'],
    [`/01/470123400001400`, 'gtin', 'gs1-key-length'],
    [`/01/${HONEY}/10`, 'path', 'ai-value-pairs'],
    [`/01`, 'path', 'digital-link-path'],
    [`/414/4701234900017`, 'path', 'primary-key'],
    [`/01/${HONEY}/17/261231`, 'path', 'known-key-qualifier'],
    [`/01/${HONEY}/21/J1/10/L1`, 'path', 'key-qualifier-order'],
    [`/01/${HONEY}/10/L1/10/L2`, 'path', 'key-qualifier-order'],
    [`/01/${HONEY}/10/${'x'.repeat(21)}`, 'lot', 'gs1-cset-82'],
    [`/01/${HONEY}/10/lot%20one`, 'lot', 'gs1-cset-82'],
    [`/01/${HONEY}/10/%D0%BB%D0%BE%D1%82`, 'lot', 'gs1-cset-82'],
    [`/01/${HONEY}/10/L1/21/`, 'path', 'ai-value-pairs'],
    [`/01/${HONEY}/10/L%ZZ`, 'lot', 'percent-encoding'],
    [`/01/${HONEY}/10/L1/21/%E0%A4%A`, 'serial', 'percent-encoding'],
  ])('refuses %s as malformed (%s: %s)', (path, field, rule) => {
    const error = refusal(path);
    expect(error.code).toBe('DIGITAL_LINK.MALFORMED');
    expect(error.kind).toBe('malformed');
    expect(error.details[0]).toMatchObject({ field, rule });
  });
});

describe('the path and canonical URI of a parsed link', () => {
  it('writes one spelling for every spelling of a code: numeric AIs, GTIN-14, escapes GS1 requires', () => {
    const link = parseDigitalLinkPath('/gtin/4701234000014/lot/A%2FB/ser/x!');
    expect(digitalLinkPathOf(link)).toBe(`/01/${HONEY}/10/A%2FB/21/x%21`);
    expect(parseDigitalLinkPath(digitalLinkPathOf(link))).toEqual(link);
  });

  it('names a unit on id.gs1.org by GTIN and serial only, as EPCIS events do', () => {
    expect(canonicalDigitalLinkOf({ gtin: HONEY, lot: 'HN-1', serial: 'J1' })).toBe(`https://id.gs1.org/01/${HONEY}/21/J1`);
    expect(canonicalDigitalLinkOf({ gtin: HONEY, lot: 'HN-1' })).toBe(`https://id.gs1.org/01/${HONEY}/10/HN-1`);
  });
});

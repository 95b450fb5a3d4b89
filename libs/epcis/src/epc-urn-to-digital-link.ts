import { encodeForDigitalLink } from './digital-link-percent-encoding';
import { withCheckDigit } from './gs1-check-digit';

/**
 * EPC pure-identity, EPC class and EPC id-pattern URNs (GS1 Tag Data Standard) converted to the
 * canonical GS1 Digital Link URI on https://id.gs1.org, as CBV 2.0 §8.9 requires for the pre-hash.
 * Only schemes that carry a GS1 key are converted; anything else yields null.
 */

const DL = 'https://id.gs1.org';

/** One character of a GS1 AI-encodable string as written in an EPC URI (an escape counts as one). */
const EPC_CHAR = "(?:%2[125-9A-Fa-f]|%3[0-9A-Fa-f]|%4[1-9A-Fa-f]|%5[0-9AaFf]|%6[1-9A-Fa-f]|%7[0-9Aa]|[!')(*+,.0-9:;=A-Za-z_-])";
/** One character of a CPID component as written in an EPC URI. */
const CPI_CHAR = '(?:%2[3dfDF]|%3[0-9]|%4[1-9A-Fa-f]|%5[0-9Aa]|[0-9A-Z-])';

const epcString = (min: number, max: number): string => `((?:${EPC_CHAR}){${min},${max}})`;

/** Number of characters a component encodes, counting each %XX escape once. */
function encodedLength(component: string): number {
  return component.replace(/%[0-9A-Fa-f]{2}/g, '_').length;
}

/** True when the company prefix has 6-12 digits and prefix + reference have the required length. */
function splitOk(companyPrefix: string, reference: string, total: number): boolean {
  return companyPrefix.length >= 6 && companyPrefix.length <= 12 && companyPrefix.length + reference.length === total;
}

/** GTIN-14 from a company prefix and an item reference whose first digit is the indicator. */
function gtin(companyPrefix: string, itemReference: string): string {
  return withCheckDigit(itemReference.slice(0, 1) + companyPrefix + itemReference.slice(1));
}

type Converter = (m: RegExpMatchArray) => string | null;

const SCHEMES: ReadonlyArray<readonly [RegExp, Converter]> = [
  [
    new RegExp(`^urn:epc:id:sgtin:(\\d+)\\.(\\d+)\\.${epcString(1, 20)}$`),
    ([, cp, ir, serial]) =>
      splitOk(cp!, ir!, 13) ? `${DL}/01/${gtin(cp!, ir!)}/21/${encodeForDigitalLink(serial!)}` : null,
  ],
  [
    /^urn:epc:id:sscc:(\d+)\.(\d+)$/,
    ([, cp, sr]) => (splitOk(cp!, sr!, 17) ? `${DL}/00/${withCheckDigit(sr!.slice(0, 1) + cp! + sr!.slice(1))}` : null),
  ],
  [
    new RegExp(`^urn:epc:id:sgln:(\\d+)\\.(\\d*)\\.${epcString(1, 20)}$`),
    ([, cp, lr, ext]) => {
      if (!splitOk(cp!, lr!, 12)) return null;
      const gln = withCheckDigit(cp! + lr!);
      // Extension "0" denotes the GLN itself (no AI 254).
      return ext === '0' ? `${DL}/414/${gln}` : `${DL}/414/${gln}/254/${encodeForDigitalLink(ext!)}`;
    },
  ],
  [
    new RegExp(`^urn:epc:id:grai:(\\d+)\\.(\\d*)\\.${epcString(1, 16)}$`),
    ([, cp, at, serial]) =>
      splitOk(cp!, at!, 12) ? `${DL}/8003/${withCheckDigit('0' + cp! + at!)}${encodeForDigitalLink(serial!)}` : null,
  ],
  [
    new RegExp(`^urn:epc:id:giai:(\\d+)\\.${epcString(1, 24)}$`),
    ([, cp, ar]) =>
      splitOk(cp!, '', cp!.length) && cp!.length + encodedLength(ar!) <= 30
        ? `${DL}/8004/${cp}${encodeForDigitalLink(ar!)}`
        : null,
  ],
  [
    /^urn:epc:id:gsrn:(\d+)\.(\d+)$/,
    ([, cp, sr]) => (splitOk(cp!, sr!, 17) ? `${DL}/8018/${withCheckDigit(cp! + sr!)}` : null),
  ],
  [
    /^urn:epc:id:gsrnp:(\d+)\.(\d+)$/,
    ([, cp, sr]) => (splitOk(cp!, sr!, 17) ? `${DL}/8017/${withCheckDigit(cp! + sr!)}` : null),
  ],
  [
    new RegExp(`^urn:epc:id:gdti:(\\d+)\\.(\\d*)\\.${epcString(0, 17)}$`),
    ([, cp, dt, serial]) =>
      splitOk(cp!, dt!, 12) ? `${DL}/253/${withCheckDigit(cp! + dt!)}${encodeForDigitalLink(serial!)}` : null,
  ],
  [
    new RegExp(`^urn:epc:id:cpi:(\\d+)\\.((?:${CPI_CHAR}){1,24})\\.(\\d{1,12})$`),
    ([, cp, ref, serial]) =>
      splitOk(cp!, '', cp!.length) && cp!.length + encodedLength(ref!) <= 30
        ? `${DL}/8010/${encodeForDigitalLink(cp! + ref!)}/8011/${serial}`
        : null,
  ],
  [
    /^urn:epc:id:sgcn:(\d+)\.(\d*)\.(\d{1,12})$/,
    ([, cp, cr, serial]) => (splitOk(cp!, cr!, 12) ? `${DL}/255/${withCheckDigit(cp! + cr!)}${serial}` : null),
  ],
  [
    new RegExp(`^urn:epc:id:ginc:(\\d+)\\.${epcString(1, 24)}$`),
    ([, cp, ref]) =>
      splitOk(cp!, '', cp!.length) && cp!.length + encodedLength(ref!) <= 30
        ? `${DL}/401/${cp}${encodeForDigitalLink(ref!)}`
        : null,
  ],
  [
    /^urn:epc:id:gsin:(\d+)\.(\d+)$/,
    ([, cp, sr]) => (splitOk(cp!, sr!, 16) ? `${DL}/402/${withCheckDigit(cp! + sr!)}` : null),
  ],
  [
    new RegExp(`^urn:epc:id:itip:(\\d+)\\.(\\d+)\\.(\\d{2})\\.(\\d{2})\\.${epcString(1, 20)}$`),
    ([, cp, ir, piece, total, serial]) =>
      splitOk(cp!, ir!, 13)
        ? `${DL}/8006/${gtin(cp!, ir!)}${piece}${total}/21/${encodeForDigitalLink(serial!)}`
        : null,
  ],
  [
    new RegExp(`^urn:epc:id:upui:(\\d+)\\.(\\d+)\\.${epcString(1, 28)}$`),
    ([, cp, ir, tpx]) =>
      splitOk(cp!, ir!, 13) ? `${DL}/01/${gtin(cp!, ir!)}/235/${encodeForDigitalLink(tpx!)}` : null,
  ],
  [
    /^urn:epc:id:pgln:(\d+)\.(\d*)$/,
    ([, cp, pr]) => (splitOk(cp!, pr!, 12) ? `${DL}/417/${withCheckDigit(cp! + pr!)}` : null),
  ],
  [
    new RegExp(`^urn:epc:class:lgtin:(\\d+)\\.(\\d+)\\.${epcString(1, 20)}$`),
    ([, cp, ir, lot]) =>
      splitOk(cp!, ir!, 13) ? `${DL}/01/${gtin(cp!, ir!)}/10/${encodeForDigitalLink(lot!)}` : null,
  ],
  [/^urn:epc:idpat:sgtin:(\d+)\.(\d+)\.\*$/, ([, cp, ir]) => (splitOk(cp!, ir!, 13) ? `${DL}/01/${gtin(cp!, ir!)}` : null)],
  [
    /^urn:epc:idpat:grai:(\d+)\.(\d*)\.\*$/,
    ([, cp, at]) => (splitOk(cp!, at!, 12) ? `${DL}/8003/${withCheckDigit('0' + cp! + at!)}` : null),
  ],
  [
    /^urn:epc:idpat:gdti:(\d+)\.(\d*)\.\*$/,
    ([, cp, dt]) => (splitOk(cp!, dt!, 12) ? `${DL}/253/${withCheckDigit(cp! + dt!)}` : null),
  ],
  [
    /^urn:epc:idpat:sgcn:(\d+)\.(\d*)\.\*$/,
    ([, cp, cr]) => (splitOk(cp!, cr!, 12) ? `${DL}/255/${withCheckDigit(cp! + cr!)}` : null),
  ],
  [
    new RegExp(`^urn:epc:idpat:cpi:(\\d+)\\.((?:${CPI_CHAR}){1,24})\\.\\*$`),
    ([, cp, ref]) =>
      splitOk(cp!, '', cp!.length) && cp!.length + encodedLength(ref!) <= 30
        ? `${DL}/8010/${encodeForDigitalLink(cp! + ref!)}`
        : null,
  ],
  [
    /^urn:epc:idpat:itip:(\d+)\.(\d+)\.(\d{2})\.(\d{2})\.\*$/,
    ([, cp, ir, piece, total]) => (splitOk(cp!, ir!, 13) ? `${DL}/8006/${gtin(cp!, ir!)}${piece}${total}` : null),
  ],
  [/^urn:epc:idpat:upui:(\d+)\.(\d+)\.\*$/, ([, cp, ir]) => (splitOk(cp!, ir!, 13) ? `${DL}/01/${gtin(cp!, ir!)}` : null)],
];

/** Converts an EPC URN (urn:epc:id / urn:epc:class / urn:epc:idpat) to its canonical GS1 Digital Link URI, or null if it carries no convertible GS1 key. */
export function epcUrnToDigitalLink(urn: string): string | null {
  for (const [pattern, convert] of SCHEMES) {
    const match = urn.match(pattern);
    if (match) return convert(match);
  }
  return null;
}

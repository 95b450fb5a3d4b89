import { canonicaliseDigitalLink } from './digital-link-canonicalisation';
import { epcUrnToDigitalLink } from './epc-urn-to-digital-link';

/**
 * CBV 2.0 §8.9 hashes every GS1 identifier in one form: the constrained canonical GS1 Digital
 * Link URI. EPC URNs are converted to it and Digital Link URIs are constrained to it. (The
 * reverse direction, Digital Link to EPC URN, needs the GS1 Company Prefix length, which a
 * Digital Link does not carry, so the hash deliberately uses the Digital Link form.)
 */

/** Returns the constrained canonical GS1 Digital Link URI for an EPC URN or GS1 Digital Link URI, or null for any other value. */
export function normaliseGs1Identifier(value: string): string | null {
  if (value.startsWith('urn:epc:')) return epcUrnToDigitalLink(value);
  if (value.startsWith('http:') || value.startsWith('https:')) return canonicaliseDigitalLink(value);
  return null;
}

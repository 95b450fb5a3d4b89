import { canonicaliseDigitalLink } from '../digital-link-canonicalisation';
import { encodeForDigitalLink } from '../digital-link-percent-encoding';
import { ParsedDigitalLink } from './parse-digital-link';

/** Percent-encodes an AI value for a path segment, escaping what GS1 Digital Link requires beyond encodeURIComponent. */
const segment = (value: string): string => encodeForDigitalLink(encodeURIComponent(value));

/**
 * The path of a parsed link in the form this resolver answers under: numeric AIs, GTIN-14,
 * qualifiers in GS1 order, values percent-encoded. Two spellings of one code (short names, a
 * GTIN-13, needless escapes) give the same path, so they share one cache entry and one scan count.
 */
export function digitalLinkPathOf(link: ParsedDigitalLink): string {
  let path = `/01/${link.gtin}`;
  if (link.cpv !== undefined) path += `/22/${segment(link.cpv)}`;
  if (link.lot !== undefined) path += `/10/${segment(link.lot)}`;
  if (link.serial !== undefined) path += `/21/${segment(link.serial)}`;
  return path;
}

/**
 * The constrained canonical GS1 Digital Link URI of the code on id.gs1.org (CBV 2.0 §8.9: the lot
 * dropped when a serial names the unit), as EPCIS events name the same item; null when its
 * values use characters the canonical form does not allow.
 */
export function canonicalDigitalLinkOf(link: ParsedDigitalLink): string | null {
  return canonicaliseDigitalLink(`https://id.gs1.org${digitalLinkPathOf(link)}`);
}

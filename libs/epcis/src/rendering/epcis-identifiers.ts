/**
 * The URIs a Tamga rendering names things by. GS1 keys become GS1 Digital Link URIs on
 * id.gs1.org in their constrained canonical form (what CBV 2.0 hashes), so the rendering and its
 * hash agree without rewriting. Things GS1 has no key for in Tamga's master data (parties,
 * certificates, fact ids, documents) get URNs under `urn:tamga:`, the namespace Tamga already uses
 * for its schema ids: they need no domain and never change.
 */

const DIGITAL_LINK = 'https://id.gs1.org';

/** A lot (batch) of a trade item: `https://id.gs1.org/01/{gtin14}/10/{lot}` (an LGTIN). */
export function lotUri(gtin14: string, lotId: string): string {
  return `${DIGITAL_LINK}/01/${gtin14}/10/${encodeURIComponent(lotId)}`;
}

/**
 * One serialised unit: `https://id.gs1.org/01/{gtin14}/21/{serial}` (an SGTIN). The lot is left
 * out, as the constrained canonical Digital Link does; the packing event's ILMD ties the unit to it.
 */
export function unitUri(gtin14: string, serial: string): string {
  return `${DIGITAL_LINK}/01/${gtin14}/21/${encodeURIComponent(serial)}`;
}

/** A place by its GLN: `https://id.gs1.org/414/{gln}`. */
export function placeUri(gln: string): string {
  return `${DIGITAL_LINK}/414/${gln}`;
}

/** Percent-encodes a URN segment, keeping ":" readable (master-data ids such as `producer:asel-tamga` use it). */
const urnSegment = (text: string): string => encodeURIComponent(text).replace(/%3A/gi, ':');

/** What Tamga mints URNs for. */
export type TamgaUrnKind = 'party' | 'certificate' | 'scheme' | 'transformation' | 'bizstep' | 'btt' | 'lab-parameter';

/** `urn:tamga:{kind}:{id}`: a party (`urn:tamga:party:producer:asel-tamga`), a certificate, a fact... */
export function tamgaUrn(kind: TamgaUrnKind, id: string): string {
  return `urn:tamga:${kind}:${urnSegment(id)}`;
}

/** A business document: `urn:tamga:document:{type}:{id}`; the type is fully encoded so its own ":" cannot blur the two. */
export function documentUrn(type: string, id: string): string {
  return `urn:tamga:document:${encodeURIComponent(type)}:${urnSegment(id)}`;
}

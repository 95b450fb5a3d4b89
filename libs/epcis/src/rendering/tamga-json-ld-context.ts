import type { JsonLdContext } from '../json-ld-context';

/** The standard EPCIS 2.0 JSON-LD context, named by its IRI: Tamga never fetches it (hashing and validation are offline). */
export const EPCIS_CONTEXT_URL = 'https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld';

/** The prefix of Tamga's own EPCIS extension properties (`tamga:shipmentId`...). */
export const TAMGA_PREFIX = 'tamga';

/**
 * The namespace behind that prefix. A URN under `urn:tamga:` (as the envelope schema's id) rather
 * than an https address: it needs no domain, so it cannot move, and every hash computed over
 * `{urn:tamga:epcis:}shipmentId` stays valid for as long as the events exist.
 */
export const TAMGA_NAMESPACE = 'urn:tamga:epcis:';

/** The @context of every EPCIS document Tamga writes, and the one its event hashes are computed with. */
export const TAMGA_EPCIS_CONTEXT: JsonLdContext = [EPCIS_CONTEXT_URL, { [TAMGA_PREFIX]: TAMGA_NAMESPACE }];

/** A Tamga extension property name, `tamga:{local}`. */
export const tamga = (local: string): string => `${TAMGA_PREFIX}:${local}`;

import type { JsonLdContext } from './json-ld-context';
import { formatNiHashUri, hexDigest, type NiHashAlgorithm } from './ni-hash-uri';
import { eventHashPrehash } from './prehash';

/** Options of the event hash. */
export interface EventHashOptions {
  /** Named Information hash algorithm; CBV 2.0 examples and this project use sha-256. */
  readonly algorithm?: NiHashAlgorithm;
}

/** Hashes an already computed pre-hash string into an EPCIS Event Hash ID. */
export function hashPrehash(prehash: string, options: EventHashOptions = {}): string {
  const algorithm = options.algorithm ?? 'sha-256';
  return formatNiHashUri(algorithm, hexDigest(algorithm, prehash));
}

/** The CBV 2.0 EPCIS Event Hash ID of one event, e.g. ni:///sha-256;6ae9…39d7?ver=CBV2.0. */
export function eventHash(event: object, context?: JsonLdContext, options: EventHashOptions = {}): string {
  return hashPrehash(eventHashPrehash(event, context), options);
}

import { createHash } from 'node:crypto';

/**
 * The EPCIS Event Hash ID is a 'ni' URI (RFC 6920): ni:///{algorithm};{hex digest}?ver=CBV2.0,
 * the algorithm named as in the IANA Named Information Hash Algorithm Registry.
 */

/** Named Information hash algorithm names supported for event hashes. */
export type NiHashAlgorithm = 'sha-256' | 'sha-384' | 'sha-512' | 'sha3-224' | 'sha3-256' | 'sha3-384' | 'sha3-512';

/** Version of the EPCIS Event Hash ID algorithm implemented here. */
export const EVENT_HASH_VERSION = 'CBV2.0';

const NODE_ALGORITHMS: Readonly<Record<NiHashAlgorithm, string>> = {
  'sha-256': 'sha256',
  'sha-384': 'sha384',
  'sha-512': 'sha512',
  'sha3-224': 'sha3-224',
  'sha3-256': 'sha3-256',
  'sha3-384': 'sha3-384',
  'sha3-512': 'sha3-512',
};

/** True when `name` is a supported Named Information hash algorithm. */
export function isNiHashAlgorithm(name: string): name is NiHashAlgorithm {
  return Object.hasOwn(NODE_ALGORITHMS, name);
}

/** Lower-case hex digest of the UTF-8 encoding of `text`. */
export function hexDigest(algorithm: NiHashAlgorithm, text: string): string {
  return createHash(NODE_ALGORITHMS[algorithm]).update(text, 'utf8').digest('hex');
}

/** Formats an event hash as ni:///{algorithm};{hex}?ver=CBV2.0. */
export function formatNiHashUri(algorithm: NiHashAlgorithm, hex: string): string {
  return `ni:///${algorithm};${hex}?ver=${EVENT_HASH_VERSION}`;
}

/** The parts of a 'ni' hash URI. */
export interface ParsedNiHashUri {
  readonly algorithm: string;
  readonly digest: string;
  readonly parameters: ReadonlyMap<string, string>;
}

/** Parses ni://{authority}/{algorithm};{digest}[?query] (any authority, any query parameters), or returns null. */
export function parseNiHashUri(uri: string): ParsedNiHashUri | null {
  const match = /^ni:\/\/[^/]*\/([^;?]+);([^?]+)(?:\?(.*))?$/.exec(uri.trim());
  if (!match) return null;
  const parameters = new Map<string, string>();
  for (const pair of (match[3] ?? '').split('&').filter((p) => p !== '')) {
    const eq = pair.indexOf('=');
    parameters.set(eq === -1 ? pair : pair.slice(0, eq), eq === -1 ? '' : pair.slice(eq + 1));
  }
  return { algorithm: match[1]!.toLowerCase(), digest: match[2]!, parameters };
}

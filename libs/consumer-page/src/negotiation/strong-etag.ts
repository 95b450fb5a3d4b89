import { createHash } from 'node:crypto';

/**
 * Bump when a page's HTML, JSON or linkset changes for the same data: every ETag changes with it,
 * so no cache keeps an old rendering after a deploy.
 */
export const RENDERING_VERSION = 'consumer-page/1';

/**
 * A strong ETag (RFC 9110 §8.8.3) for one representation of one code: the rendering version, what
 * the page depends on (its stamp of lot and master-data versions), the day in Kyrgyzstan
 * (certificates expire at midnight), the language, the format and the content coding, since a
 * strong validator names exact bytes and gzip bytes are not identity bytes.
 */
export function strongEtag(parts: { stamp: string; today: string; lang: string; representation: string; encoding: 'gzip' | 'identity' }): string {
  const digest = createHash('sha256')
    .update([RENDERING_VERSION, parts.stamp, parts.today, parts.lang, parts.representation, parts.encoding].join('\u0000'))
    .digest('base64url')
    .slice(0, 27);
  return `"${digest}"`;
}

/** Whether an If-None-Match header matches an ETag (RFC 9110 §13.1.2: weak comparison, `*` matches any). */
export function ifNoneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

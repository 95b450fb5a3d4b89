import { createHash } from 'node:crypto';
import { encodeQr, qrPng, qrSvg } from '#tamga/labels';
import { ReplyLike } from '#tamga/platform';

/** The image formats a QR code is served in. */
export type QrImageFormat = 'svg' | 'png';

const CONTENT_TYPE: Record<QrImageFormat, string> = { svg: 'image/svg+xml; charset=utf-8', png: 'image/png' };

/**
 * A Digital Link never changes for the same lot or unit (GS1 keys are not reused), so its QR image
 * may be cached for a year without asking again (`immutable`). The ETag still lets a client that
 * does ask get a 304 instead of the image.
 */
export const QR_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The ETag of a body: a hash of the bytes, so equal images share it whichever lot they name. */
export function etagOf(body: Buffer | string): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** Sends a body with its caching headers, or a 304 when the client already holds it. */
export function sendCached(reply: ReplyLike, body: Buffer | string, headers: { contentType: string; cacheControl: string }, ifNoneMatch?: string): void {
  const etag = etagOf(body);
  reply.header('Cache-Control', headers.cacheControl).header('ETag', etag).header('X-Content-Type-Options', 'nosniff');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim() === etag || tag.trim() === '*')) {
    reply.status(304).send('');
    return;
  }
  reply.status(200).header('Content-Type', headers.contentType).send(body);
}

/** Sends the QR code of a Digital Link as SVG or PNG. */
export function sendQrImage(reply: ReplyLike, digitalLink: string, format: QrImageFormat, ifNoneMatch?: string): void {
  const code = encodeQr(digitalLink);
  const body = format === 'svg' ? qrSvg(code) : qrPng(code);
  sendCached(reply, body, { contentType: CONTENT_TYPE[format], cacheControl: QR_CACHE_CONTROL }, ifNoneMatch);
}

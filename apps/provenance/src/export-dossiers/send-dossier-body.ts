import { ReplyLike } from '#tamga/platform';
import { sendCached } from '../qr-codes/qr-image';

/**
 * A dossier changes when the record does (a certificate revoked after the export shows as such),
 * so a client asks again each time; the ETag, a hash of the bytes, makes an unchanged answer a 304.
 */
export const DOSSIER_CACHE_CONTROL = 'public, no-cache';

/** Sends a dossier in one of its forms with its caching headers. */
export function sendDossierBody(reply: ReplyLike, body: Buffer | string, contentType: string, ifNoneMatch?: string): void {
  sendCached(reply, body, { contentType, cacheControl: DOSSIER_CACHE_CONTROL }, ifNoneMatch);
}

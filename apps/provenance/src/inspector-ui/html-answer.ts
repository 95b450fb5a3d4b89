import { ReplyLike } from '#tamga/platform';

/**
 * No script can run (there is none to run), nothing loads from elsewhere, forms post only here,
 * and no other site may frame the pages (clickjacking a sign-out or a search).
 */
const INSPECTOR_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/**
 * Sends an inspector page. `no-store`: what an inspector saw (who recorded what, volumes, buyers)
 * stays out of shared and browser caches, and Back after sign-out does not show it again.
 */
export function sendHtml(reply: ReplyLike, status: number, html: string): string {
  reply
    .status(status)
    .header('Content-Type', 'text/html; charset=utf-8')
    .header('Cache-Control', 'no-store')
    .header('Content-Security-Policy', INSPECTOR_CSP)
    .header('X-Content-Type-Options', 'nosniff')
    .header('Referrer-Policy', 'same-origin');
  return html;
}

/** A 303 See Other: after a form post or to the sign-in page, the browser follows with a GET. */
export function redirect(reply: ReplyLike, location: string): string {
  reply.status(303).header('Location', location).header('Cache-Control', 'no-store');
  return '';
}

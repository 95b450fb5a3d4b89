import { escapeHtml, formatterFor } from '#tamga/consumer-page';
import { inspectorShell } from './inspector-shell';
import { PATHS, href } from './links';
import { PageContext } from './page-context';

/** Why a page could not be shown, as the inspector's browser is told (the status goes with it). */
export type Refusal =
  | { readonly kind: 'forbidden'; readonly partyId: string; readonly roles: readonly string[] }
  | { readonly kind: 'lot-not-found'; readonly lotId: string }
  | { readonly kind: 'place-not-found'; readonly placeId: string }
  | { readonly kind: 'bad-lot-code'; readonly code: string }
  | { readonly kind: 'bad-place-id'; readonly code: string }
  | { readonly kind: 'bad-range'; readonly reason: string }
  | { readonly kind: 'cross-site' };

/** The HTTP status of each refusal. */
export function refusalStatus(refusal: Refusal): number {
  switch (refusal.kind) {
    case 'forbidden':
    case 'cross-site':
      return 403;
    case 'lot-not-found':
    case 'place-not-found':
      return 404;
    case 'bad-range':
      return 422;
    default:
      return 400;
  }
}

/** A friendly page for a refusal: what went wrong, in the reader's language, and a way back to the desk. */
export function renderRefusalPage(ctx: PageContext, refusal: Refusal): string {
  const f = formatterFor(ctx.lang);
  const m = f.m.inspector;
  const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
  const [title, body] = ((): [string, string] => {
    switch (refusal.kind) {
      case 'forbidden':
        return [m.forbiddenTitle, f.t(m.forbiddenBody, { party: code(refusal.partyId), roles: escapeHtml(refusal.roles.join(', ') || '—') })];
      case 'cross-site':
        return [m.forbiddenTitle, f.t(m.crossSite)];
      case 'lot-not-found':
        return [m.notFoundTitle, f.t(m.lotNotFound, { lot: code(refusal.lotId) })];
      case 'place-not-found':
        return [m.notFoundTitle, f.t(m.placeNotFound, { place: code(refusal.placeId) })];
      case 'bad-lot-code':
        return [m.badRequestTitle, f.t(m.badLotCode, { code: escapeHtml(refusal.code) })];
      case 'bad-place-id':
        return [m.badRequestTitle, f.t(m.badPlaceId, { code: escapeHtml(refusal.code) })];
      case 'bad-range':
        return [m.badRequestTitle, f.t(m.badRange, { reason: escapeHtml(refusal.reason) })];
    }
  })();
  const back = refusal.kind === 'forbidden' || refusal.kind === 'cross-site' ? PATHS.signIn : PATHS.start;
  const backText = back === PATHS.signIn ? m.signIn : m.startTitle;
  return inspectorShell(ctx, title, `<h1>${escapeHtml(title)}</h1><p role="alert">${body}</p><p><a href="${href(back, ctx.lang)}">${escapeHtml(backText)}</a></p>`);
}

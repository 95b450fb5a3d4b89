import { escapeHtml, formatterFor } from '#tamga/consumer-page';
import { inspectorShell } from './inspector-shell';
import { PATHS, href } from './links';
import { PageContext } from './page-context';

/** What the sign-in form says above itself, if anything. */
export type SignInNotice = 'bad-key' | 'session-ended' | 'signed-out' | null;

/**
 * The sign-in form: one password field for the API key, posted to this origin only. `next` (a
 * path under /inspect, checked by the caller) is where the inspector was going.
 */
export function renderSignInPage(ctx: PageContext, notice: SignInNotice, next: string): string {
  const m = formatterFor(ctx.lang).m.inspector;
  const text = notice === 'bad-key' ? m.badKey : notice === 'session-ended' ? m.sessionEnded : notice === 'signed-out' ? m.signedOut : null;
  const banner = text ? `<p class="banner ${notice === 'bad-key' ? 'stop' : 'wait'}" role="${notice === 'bad-key' ? 'alert' : 'status'}">${escapeHtml(text)}</p>` : '';
  const body =
    `<h1>${escapeHtml(m.signInTitle)}</h1>${banner}<p>${escapeHtml(m.signInIntro)}</p>` +
    `<form class="search" method="post" action="${href(PATHS.signIn, ctx.lang)}">` +
    `<input type="hidden" name="next" value="${escapeHtml(next)}">` +
    `<label>${escapeHtml(m.apiKey)}<input type="password" name="key" required autocomplete="off" spellcheck="false" size="60"></label>` +
    `<button type="submit">${escapeHtml(m.signIn)}</button></form>`;
  return inspectorShell({ ...ctx, partyId: null }, m.signInTitle, body);
}

import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ApiKeyVerifier } from '#tamga/auth';
import { PATHS, SignInNotice, clearedSessionCookie, isSameOrigin, renderSignInPage, safeNext, sessionCookie } from '#tamga/inspector-pages';
import { ReplyLike } from '#tamga/platform';
import { BrowserRequest, headerOf, paramOf } from '../inspector-ui/browser-request';
import { redirect, sendHtml } from '../inspector-ui/html-answer';
import { INSPECTOR_ROLES, InspectorBrowser } from '../inspector-ui/inspector-browser';

const NOTICES: readonly SignInNotice[] = ['session-ended', 'signed-out'];

/**
 * Signing a browser in and out of the inspector's pages (docs/adr/0015). The key is posted once,
 * verified as the API verifies it, and exchanged for an opaque session id in an HttpOnly,
 * SameSite=Strict cookie; both posts must come from our own pages (Origin).
 */
@ApiExcludeController()
@Controller('inspect')
export class InspectSignInController {
  constructor(
    private readonly browser: InspectorBrowser,
    private readonly verifier: ApiKeyVerifier,
  ) {}

  @Get('sign-in')
  form(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): string {
    const notice = paramOf(request.query, 'notice') as SignInNotice;
    const ctx = this.browser.context(request, null);
    return sendHtml(reply, 200, renderSignInPage(ctx, NOTICES.includes(notice) ? notice : null, safeNext(paramOf(request.query, 'next'))));
  }

  @Post('sign-in')
  async signIn(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): Promise<string> {
    if (!this.fromOurPages(request)) return this.browser.refuse(request, reply, { kind: 'cross-site' }, null);
    const next = safeNext(paramOf(request.body, 'next'));
    const key = paramOf(request.body, 'key')?.trim() ?? '';
    const actor = key === '' ? null : await this.verifier.actorFor(key);
    // One message for every bad key, as the API gives (ADR 0008): which kind of wrong it was would help a guesser.
    if (!actor) return sendHtml(reply, 401, renderSignInPage(this.browser.context(request, null), 'bad-key', next));
    if (!actor.roles.some((r) => INSPECTOR_ROLES.includes(r))) {
      return this.browser.refuse(request, reply, { kind: 'forbidden', partyId: actor.partyId, roles: actor.roles }, null);
    }
    // A session already in this browser is replaced, not kept beside the new one (session fixation).
    this.browser.sessions.close(this.browser.sessionIdOf(request));
    const sessionId = this.browser.sessions.open(key, actor.partyId);
    reply.header('Set-Cookie', sessionCookie(sessionId, this.browser.isSecure(request)));
    const lang = this.browser.context(request, null).lang;
    return redirect(reply, next.includes('lang=') ? next : `${next}${next.includes('?') ? '&' : '?'}lang=${lang}`);
  }

  @Post('sign-out')
  signOut(@Req() request: BrowserRequest, @Res({ passthrough: true }) reply: ReplyLike): string {
    if (!this.fromOurPages(request)) return this.browser.refuse(request, reply, { kind: 'cross-site' }, null);
    this.browser.sessions.close(this.browser.sessionIdOf(request));
    reply.header('Set-Cookie', clearedSessionCookie(this.browser.isSecure(request)));
    return redirect(reply, `${PATHS.signIn}?lang=${this.browser.context(request, null).lang}&notice=signed-out`);
  }

  private fromOurPages(request: BrowserRequest): boolean {
    return isSameOrigin({ origin: headerOf(request, 'origin'), referer: headerOf(request, 'referer'), host: headerOf(request, 'host') }, this.browser.publicUrl);
  }
}

import { Injectable } from '@nestjs/common';
import { ApiKeyVerifier } from '#tamga/auth';
import { choosePageLanguage } from '#tamga/consumer-page';
import { ApiKeyHolder, DomainError } from '#tamga/domain';
import {
  BrowserSessions, PATHS, PageContext, Refusal, clearedSessionCookie, cookieValue, refusalStatus, renderRefusalPage, sessionCookieName,
} from '#tamga/inspector-pages';
import { ReplyLike, publicUrlOf } from '#tamga/platform';
import { BrowserRequest, headerOf, paramOf } from './browser-request';
import { redirect, sendHtml } from './html-answer';

/** The roles the inspector's API admits (InspectorsOnly); the pages admit the same, no more. */
export const INSPECTOR_ROLES: readonly string[] = ['inspector', 'admin'];

/** What a page builds: its HTML, or why it refuses (a friendly page with the refusal's status). */
export type PageResult = string | Refusal;

/** Thrown by a page's code for a refusal it found (a bad code, an unknown lot). */
export class PageRefusal extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.kind);
  }
}

/**
 * The inspector's pages' edge: the language (?lang=, then Accept-Language), the session behind
 * the cookie, the key re-verified on every page (a revoked key or a lost role ends access within
 * the verifier's cache time, ADR 0008), and errors as friendly pages with a 4xx, never a 500 page
 * for a reader's mistake.
 */
@Injectable()
export class InspectorBrowser {
  readonly sessions = new BrowserSessions();
  readonly publicUrl = publicUrlOf();

  constructor(private readonly verifier: ApiKeyVerifier) {}

  /** Secure cookies when the request came over https, or the service is published at an https URL (TLS ended by a proxy). */
  isSecure(request: BrowserRequest): boolean {
    return request.protocol === 'https' || this.publicUrl.startsWith('https:');
  }

  context(request: BrowserRequest, partyId: string | null, query: Record<string, string> = {}): PageContext {
    const lang = choosePageLanguage(paramOf(request.query, 'lang'), headerOf(request, 'accept-language'));
    return { lang, path: request.url.split('?')[0], query, partyId };
  }

  sessionIdOf(request: BrowserRequest): string | null {
    return cookieValue(headerOf(request, 'cookie'), sessionCookieName(this.isSecure(request)));
  }

  /**
   * The signed-in inspector, or null once the answer is written: no session sends the browser to
   * sign in (and back here after); a key that no longer verifies ends the session; a key without
   * an inspector's or admin's role gets the 403 page.
   */
  async actorOf(request: BrowserRequest, reply: ReplyLike): Promise<ApiKeyHolder | { answered: string }> {
    const sessionId = this.sessionIdOf(request);
    const session = this.sessions.find(sessionId);
    const lang = this.context(request, null).lang;
    const next = encodeURIComponent(request.url);
    if (!session) {
      if (sessionId) reply.header('Set-Cookie', clearedSessionCookie(this.isSecure(request)));
      return { answered: redirect(reply, `${PATHS.signIn}?lang=${lang}&next=${next}${sessionId ? '&notice=session-ended' : ''}`) };
    }
    const actor = await this.verifier.actorFor(session.token);
    if (!actor) {
      this.sessions.close(sessionId);
      reply.header('Set-Cookie', clearedSessionCookie(this.isSecure(request)));
      return { answered: redirect(reply, `${PATHS.signIn}?lang=${lang}&next=${next}&notice=session-ended`) };
    }
    if (!actor.roles.some((r) => INSPECTOR_ROLES.includes(r))) {
      return { answered: this.refuse(request, reply, { kind: 'forbidden', partyId: actor.partyId, roles: actor.roles }, actor.partyId) };
    }
    return actor;
  }

  /** Writes a refusal page with its status. */
  refuse(request: BrowserRequest, reply: ReplyLike, refusal: Refusal, partyId: string | null): string {
    return sendHtml(reply, refusalStatus(refusal), renderRefusalPage(this.context(request, partyId), refusal));
  }

  /** Runs a page for a signed-in inspector: its HTML with a 200, or its refusal as a friendly 4xx page. */
  async page(request: BrowserRequest, reply: ReplyLike, build: (ctx: PageContext) => Promise<PageResult>, query: Record<string, string> = {}): Promise<string> {
    const actor = await this.actorOf(request, reply);
    if ('answered' in actor) return actor.answered;
    try {
      const result = await build(this.context(request, actor.partyId, query));
      return typeof result === 'string' ? sendHtml(reply, 200, result) : this.refuse(request, reply, result, actor.partyId);
    } catch (error) {
      if (error instanceof PageRefusal) return this.refuse(request, reply, error.refusal, actor.partyId);
      throw error;
    }
  }
}

/** A domain error as a page's refusal, when it is one a reader caused (bad code, unknown lot or place). */
export function refusalOf(error: unknown, subject: { lotId?: string; placeId?: string }): Refusal | null {
  if (!(error instanceof DomainError)) return null;
  if (error.kind === 'not-found') {
    return subject.lotId !== undefined ? { kind: 'lot-not-found', lotId: subject.lotId } : { kind: 'place-not-found', placeId: subject.placeId ?? '' };
  }
  if (error.kind === 'malformed' || error.kind === 'invalid') {
    return subject.lotId !== undefined ? { kind: 'bad-lot-code', code: subject.lotId } : { kind: 'bad-place-id', code: subject.placeId ?? '' };
  }
  return null;
}

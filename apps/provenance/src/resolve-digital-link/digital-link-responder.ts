import { Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchHits } from '#tamga/consumer-page';
import { DomainError, kyrgyzstanDateAt } from '#tamga/domain';
import { ParsedDigitalLink, digitalLinkPathOf, parseDigitalLinkPath } from '#tamga/epcis';
import { loadConfig } from '#tamga/platform';
import { ScanCounter } from '../count-scans/scan-counter';
import { loadConsumerPageConfig } from './consumer-page.config';
import { DigitalLinkResolver } from './digital-link-resolver';
import { CachedAnswer, PageCache } from './page-cache';
import { presentMalformed, presentNotFound, presentResolved } from './present-answer';
import { RequestPreferences, originOf, requestPreferences } from './request-preferences';

/** A request for a code, read once: its raw path, what it asks for, and the key its answer is cached under. */
interface CodeRequest {
  readonly rawPath: string;
  readonly prefs: RequestPreferences;
  readonly origin: string;
  readonly key: string;
  /** Whether the URL carries ?lang=, which only the language switcher adds. */
  readonly switchedLanguage: boolean;
}

/**
 * Answers requests for GS1 Digital Links, from the page cache when it can. Answers are cached by
 * the path as sent (so a hit needs no parsing), the representation, and the language (HTML) or
 * the origin (JSON and linkset, whose links are absolute). The same responder serves the router's
 * route and the fast path in front of it (see resolve-digital-link.module.ts).
 */
@Injectable()
export class DigitalLinkResponder {
  private readonly cache = new PageCache(loadConsumerPageConfig().pageCacheMs);
  /**
   * Answers being computed, by cache key: when a hot page's entry expires, the requests arriving
   * before it is computed again wait for that one computation instead of each reading the database.
   */
  private readonly inFlight = new Map<string, Promise<CachedAnswer>>();
  private readonly ownOrigin: string;

  constructor(
    private readonly resolver: DigitalLinkResolver,
    private readonly scans: ScanCounter,
  ) {
    const config = loadConfig();
    this.ownOrigin = `http://${config.host}:${config.provenancePort}`;
  }

  private read(request: FastifyRequest): CodeRequest {
    const url = request.url;
    const q = url.indexOf('?');
    const rawPath = q === -1 ? url : url.slice(0, q);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const prefs = requestPreferences(query, request.headers);
    const origin = prefs.representation === 'html' ? '' : originOf(request.protocol, request.host, this.ownOrigin);
    const key = `${prefs.representation}\n${prefs.representation === 'html' ? prefs.lang : origin}\n${rawPath}`;
    return { rawPath, prefs, origin, key, switchedLanguage: query.lang !== undefined };
  }

  /** Sends the cached answer for a GET of a code, if there is one; false when the request must go to the resolver. */
  serveCached(request: FastifyRequest, reply: FastifyReply): boolean {
    const code = this.read(request);
    const answer = this.cache.get(code.key);
    if (!answer) return false;
    this.send(request, reply, code, answer);
    return true;
  }

  /** Answers a request for a code: parses it, resolves it in the read models, renders, caches and sends. */
  async serve(request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const code = this.read(request);
    const answer = this.cache.get(code.key) ?? (await this.computeOnce(code));
    this.send(request, reply, code, answer);
  }

  private computeOnce(code: CodeRequest): Promise<CachedAnswer> {
    const pending = this.inFlight.get(code.key);
    if (pending) return pending;
    const computing = this.answer(code)
      .then((answer) => {
        // A malformed code costs no read to answer again; kept, endless garbage paths would push real pages out.
        if (answer.status !== 400) this.cache.set(code.key, answer);
        return answer;
      })
      .finally(() => this.inFlight.delete(code.key));
    this.inFlight.set(code.key, computing);
    return computing;
  }

  private async answer(code: CodeRequest): Promise<CachedAnswer> {
    let link: ParsedDigitalLink;
    try {
      link = parseDigitalLinkPath(code.rawPath);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'malformed') return presentMalformed(error, code.rawPath, code.prefs.representation, code.prefs.lang);
      throw error;
    }
    const today = kyrgyzstanDateAt(new Date());
    const ctx = { representation: code.prefs.representation, lang: code.prefs.lang, path: digitalLinkPathOf(link), origin: code.origin, today };
    const resolved = await this.resolver.resolve(link, today);
    return resolved ? presentResolved(resolved, link, ctx) : presentNotFound(ctx);
  }

  private send(request: FastifyRequest, reply: FastifyReply, code: CodeRequest, answer: CachedAnswer): void {
    // A person's browser opening a known code as printed (no ?lang=) is a scan; a program's read is not.
    if (answer.scanCode && code.prefs.representation === 'html' && request.method === 'GET' && !code.switchedLanguage) this.scans.countCode(answer.scanCode);
    const variant = code.prefs.gzip ? answer.gzip : answer.identity;
    if (variant.etag && ifNoneMatchHits(request.headers['if-none-match'], variant.etag)) {
      reply.code(304).headers(variant.notModified!).send();
      return;
    }
    reply.code(answer.status).headers(variant.headers).send(variant.body);
  }
}

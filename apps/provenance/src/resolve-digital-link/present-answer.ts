import { gzipSync } from 'node:zlib';
import {
  CONTENT_TYPE,
  PageLanguage,
  Representation,
  codeLinkset,
  malformedPartOf,
  renderErrorPage,
  renderLotPage,
  renderProductPage,
  strongEtag,
} from '#tamga/consumer-page';
import { DomainError } from '#tamga/domain';
import { ParsedDigitalLink, canonicalDigitalLinkOf } from '#tamga/epcis';
import { PROBLEM_JSON, problemType } from '#tamga/platform';
import { AnswerVariant, CachedAnswer } from './page-cache';
import { ResolvedCode } from './digital-link-resolver';

/** How long a browser may show a page without asking again: a recall reaches a reopened page within a minute. */
const PAGE_CACHE_CONTROL = 'public, max-age=60';

/** Every answer for a code varies with what was asked and how. */
export const VARY = 'Accept, Accept-Language, Accept-Encoding';

/** Nothing but the page's own inline style runs or loads: the page needs no script, and can get none. */
const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Where a request for a code came from, as its answer needs it. */
export interface AnswerContext {
  readonly representation: Representation;
  readonly lang: PageLanguage;
  /** The code's path, numeric AIs and GTIN-14 (digitalLinkPathOf). */
  readonly path: string;
  /** Scheme, host and port, for the absolute links of the JSON and linkset answers. */
  readonly origin: string;
  readonly today: string;
}

type EtagOf = (encoding: 'gzip' | 'identity') => string;

/**
 * An answer in both codings, with every header precomputed: a cached answer is sent with one
 * header object and one buffer. gzip is made here, once, not per request.
 */
function answer(status: number, contentType: string, body: string, headers: Record<string, string>, etagOf: EtagOf | null, scanCode: string | null): CachedAnswer {
  const common = { ...headers, vary: VARY, 'x-content-type-options': 'nosniff' };
  const variant = (bytes: Buffer, encoding: 'gzip' | 'identity'): AnswerVariant => {
    const etag = etagOf?.(encoding);
    const validators = etag ? { ...common, etag } : common;
    return {
      body: bytes,
      headers: { ...validators, 'content-type': contentType, ...(encoding === 'gzip' ? { 'content-encoding': 'gzip' } : {}) },
      ...(etag ? { etag, notModified: validators } : {}),
    };
  };
  const identity = Buffer.from(body, 'utf8');
  return { status, identity: variant(identity, 'identity'), gzip: variant(gzipSync(identity, { level: 6 }), 'gzip'), scanCode };
}

/** How scans name a code: GTIN, lot and serial, empty when absent. */
export function scanCodeOf(link: ParsedDigitalLink): string {
  return `${link.gtin}\u0000${link.lot ?? ''}\u0000${link.serial ?? ''}`;
}

/** The page, JSON or linkset of a code that resolved. */
export function presentResolved(code: ResolvedCode, link: ParsedDigitalLink, ctx: AnswerContext): CachedAnswer {
  const linksetHref = `${ctx.path}?linkType=linkset`;
  const etagOf: EtagOf = (encoding) =>
    strongEtag({ stamp: `${ctx.origin}\n${code.stamp}`, today: ctx.today, lang: ctx.representation === 'html' ? ctx.lang : '', representation: ctx.representation, encoding });
  const headers: Record<string, string> = {
    'cache-control': PAGE_CACHE_CONTROL,
    link: `<${linksetHref}>; rel="linkset"; type="application/linkset+json"`,
  };
  const scanCode = scanCodeOf(link);
  if (ctx.representation === 'html') {
    const html = code.kind === 'lot' ? renderLotPage(code.story, ctx.lang, ctx.path, linksetHref) : renderProductPage(code.story, ctx.lang, ctx.path);
    return answer(200, CONTENT_TYPE.html, html, { ...headers, 'content-language': ctx.lang, 'content-security-policy': PAGE_CSP }, etagOf, scanCode);
  }
  if (ctx.representation === 'json') {
    const kind = code.kind === 'product' ? 'product' : code.story.unit ? 'unit' : 'lot';
    const body = { kind, digitalLink: `${ctx.origin}${ctx.path}`, canonical: canonicalDigitalLinkOf(link), linkset: `${ctx.origin}${linksetHref}`, ...code.story };
    return answer(200, CONTENT_TYPE.json, JSON.stringify(body), headers, etagOf, scanCode);
  }
  const story = code.story;
  const linkset = codeLinkset({
    origin: ctx.origin,
    path: ctx.path,
    productId: story.product.id,
    productNames: story.product.names,
    ...(code.kind === 'lot'
      ? {
          lotId: code.story.lotId,
          certificates: code.story.certificates.map((c) => ({ schemeId: c.scheme.id, names: c.scheme.names })),
          recalled: code.story.banners.some((b) => b.kind === 'recalled' || b.kind === 'unit-recalled'),
        }
      : {}),
  });
  return answer(200, CONTENT_TYPE.linkset, JSON.stringify(linkset), headers, etagOf, scanCode);
}

function problem(status: number, code: string, detail: string, errors: readonly unknown[], instance: string): string {
  return JSON.stringify({ type: problemType(code), title: status === 404 ? 'Not Found' : 'Bad Request', status, detail, code, errors, instance });
}

/**
 * A code Tamga has not recorded: a friendly page for a person, problem+json for a program. Not
 * cached by browsers (no-cache): a label can be scanned before its lot reaches the read models,
 * and the next scan must ask again.
 */
export function presentNotFound(ctx: AnswerContext): CachedAnswer {
  const headers = { 'cache-control': 'no-cache' };
  if (ctx.representation === 'html') {
    return answer(404, CONTENT_TYPE.html, renderErrorPage('not-found', ctx.lang, ctx.path), { ...headers, 'content-language': ctx.lang, 'content-security-policy': PAGE_CSP }, null, null);
  }
  const body = problem(404, 'DIGITAL_LINK.UNKNOWN', `No product, lot or unit with the code ${ctx.path} is recorded`, [
    { field: 'path', rule: 'recorded-code', message: 'must name a recorded product, lot of it, or unit packed from that lot' },
  ], ctx.path);
  return answer(404, `${PROBLEM_JSON}; charset=utf-8`, body, headers, null, null);
}

/** A code that is not a valid GS1 Digital Link: a 400, as a page that says which part is wrong, or as problem+json. */
export function presentMalformed(error: DomainError, rawPath: string, representation: Representation, lang: PageLanguage): CachedAnswer {
  const headers = { 'cache-control': 'public, max-age=3600' };
  if (representation === 'html') {
    const part = malformedPartOf(error.details[0]?.field, error.details[0]?.rule);
    return answer(400, CONTENT_TYPE.html, renderErrorPage('malformed', lang, rawPath, part), { ...headers, 'content-language': lang, 'content-security-policy': PAGE_CSP }, null, null);
  }
  return answer(400, `${PROBLEM_JSON}; charset=utf-8`, problem(400, error.code, error.message, error.details, rawPath), headers, null, null);
}

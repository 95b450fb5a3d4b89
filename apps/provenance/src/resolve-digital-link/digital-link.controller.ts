import { Controller, Get, HttpCode, Req, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiExcludeEndpoint, ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ifNoneMatchHits } from '#tamga/consumer-page';
import { DomainError, kyrgyzstanDateAt } from '#tamga/domain';
import { digitalLinkPathOf, parseDigitalLinkPath } from '#tamga/epcis';
import { loadConfig } from '#tamga/platform';
import { ScanCounter } from '../count-scans/scan-counter';
import { loadConsumerPageConfig } from './consumer-page.config';
import { DigitalLinkResolver } from './digital-link-resolver';
import { CachedAnswer, PageCache } from './page-cache';
import { VARY, gzipped, presentMalformed, presentNotFound, presentResolved } from './present-answer';
import { originOf, requestPreferences } from './request-preferences';

/**
 * GS1 Digital Link resolution: `/01/{gtin}`, `/01/{gtin}/10/{lot}`, `/01/{gtin}/10/{lot}/21/{serial}`.
 * A browser gets the consumer page (HTML, no script), `Accept: application/json` the story as
 * JSON, `Accept: application/linkset+json` (or `?linkType=linkset`) an RFC 9264 linkset; an
 * unknown code is a 404 and a malformed one a 400, as a page for a person or problem+json for a
 * program. Answers are strong-ETagged (304 on If-None-Match), reused for a moment in memory, and
 * a person's scan of a known code is counted (GET /scans).
 */
@ApiTags('consumers')
@Controller('01')
export class DigitalLinkController {
  private readonly cache = new PageCache(loadConsumerPageConfig().pageCacheMs);
  private readonly ownOrigin: string;

  constructor(
    private readonly resolver: DigitalLinkResolver,
    private readonly scans: ScanCounter,
  ) {
    const config = loadConfig();
    this.ownOrigin = `http://${config.host}:${config.provenancePort}`;
  }

  @Get()
  @ApiExcludeEndpoint()
  @HttpCode(400)
  bare(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    return this.resolve(request, reply);
  }

  @Get('*')
  @ApiProduces('text/html', 'application/json', 'application/linkset+json')
  @ApiOkResponse({ description: 'The consumer page (text/html), its story (application/json) or its links (application/linkset+json)' })
  @ApiBadRequestResponse({ description: 'Not a GS1 Digital Link of a GTIN: a page, or problem+json' })
  @ApiNotFoundResponse({ description: 'No such product, lot or unit is recorded: a page, or problem+json' })
  async resolve(@Req() request: FastifyRequest, @Res() reply: FastifyReply): Promise<void> {
    const url = request.url;
    const q = url.indexOf('?');
    const rawPath = q === -1 ? url : url.slice(0, q);
    const query = (request.query ?? {}) as Record<string, unknown>;
    const prefs = requestPreferences(query, request.headers);
    let path: string;
    let link;
    try {
      link = parseDigitalLinkPath(rawPath);
      path = digitalLinkPathOf(link);
    } catch (error) {
      if (error instanceof DomainError && error.kind === 'malformed') {
        return this.send(reply, request, presentMalformed(error, rawPath, prefs.representation, prefs.lang), prefs.gzip, null);
      }
      throw error;
    }
    const origin = prefs.representation === 'html' ? '' : originOf(request.protocol, request.host, this.ownOrigin);
    const key = `${prefs.representation}\n${prefs.representation === 'html' ? prefs.lang : origin}\n${path}`;
    let answer = this.cache.get(key);
    if (!answer) {
      const today = kyrgyzstanDateAt(new Date());
      const ctx = { representation: prefs.representation, lang: prefs.lang, path, origin, today };
      const resolved = await this.resolver.resolve(link, today);
      answer = resolved ? presentResolved(resolved, link, ctx) : presentNotFound(ctx);
      this.cache.set(key, answer);
    }
    // A person's browser opening the code as printed (no ?lang=, which only the switcher adds) is a scan.
    if (answer.resolved && prefs.representation === 'html' && request.method === 'GET' && query.lang === undefined) {
      this.scans.count({ gtin: link.gtin, ...(link.lot !== undefined ? { lot: link.lot } : {}), ...(link.serial !== undefined ? { serial: link.serial } : {}) });
    }
    return this.send(reply, request, answer, prefs.gzip, key);
  }

  private send(reply: FastifyReply, request: FastifyRequest, answer: CachedAnswer, gzip: boolean, key: string | null): void {
    const etag = gzip ? answer.gzipEtag : answer.identityEtag;
    reply.header('vary', VARY).header('x-content-type-options', 'nosniff');
    for (const [name, value] of Object.entries(answer.headers)) reply.header(name, value);
    if (etag) reply.header('etag', etag);
    if (etag && answer.status === 200 && ifNoneMatchHits(request.headers['if-none-match'], etag)) {
      reply.code(304).send();
      return;
    }
    reply.code(answer.status).header('content-type', answer.contentType);
    if (gzip) {
      const hadGzip = answer.gzip !== undefined;
      const body = gzipped(answer);
      if (!hadGzip && key) this.cache.grew(key, body.length);
      reply.header('content-encoding', 'gzip').send(body);
      return;
    }
    reply.send(answer.identity);
  }
}

import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { DomainError } from '#tamga/domain';
import { parseDigitalLinkPath } from '#tamga/epcis';
import { presentMalformed } from './present-answer';
import { requestPreferences } from './request-preferences';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

/** The refusal of a Digital Link path with a broken percent escape, or null for any other URL. */
function brokenEscape(url: string | undefined): DomainError | null {
  if (!url || !url.startsWith('/01') || !url.includes('%')) return null;
  try {
    parseDigitalLinkPath(url.split('?')[0]);
    return null;
  } catch (error) {
    return error instanceof DomainError && error.details[0]?.rule === 'percent-encoding' ? error : null;
  }
}

/**
 * A Digital Link with a broken percent escape (`/01/…/10/%ZZ`) never reaches a route: Fastify's
 * router refuses it before any hook, with a body of its own. This listener, in front of Fastify's
 * on the HTTP server, answers those requests as the resolver answers every other malformed code
 * (the "this code cannot be read" page for a browser, DIGITAL_LINK.MALFORMED problem+json for a
 * program) and hands every other request to Fastify untouched. It costs other requests one
 * prefix test.
 */
export function answerBrokenEscapesAsTheResolverDoes(server: Server): void {
  const fastify = server.listeners('request') as RequestListener[];
  server.removeAllListeners('request');
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    const error = brokenEscape(request.url);
    if (!error) {
      for (const listener of fastify) listener.call(server, request, response);
      return;
    }
    const query = Object.fromEntries(new URLSearchParams(request.url!.split('?')[1] ?? ''));
    const prefs = requestPreferences(query, request.headers);
    const answer = presentMalformed(error, request.url!.split('?')[0], prefs.representation, prefs.lang);
    const variant = prefs.gzip ? answer.gzip : answer.identity;
    response.writeHead(answer.status, { ...variant.headers, 'content-length': variant.body.length });
    response.end(request.method === 'HEAD' ? undefined : variant.body);
  });
}

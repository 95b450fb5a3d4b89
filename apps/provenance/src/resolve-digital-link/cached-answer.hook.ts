import type { FastifyInstance } from 'fastify';
import { DigitalLinkResponder } from './digital-link-responder';

/**
 * The fast path of a busy code: a GET under /01/ whose answer is in the page cache is sent from
 * Fastify's onRequest hook, before routing reaches Nest's handler pipeline, so a shelf of jars
 * scanned at once costs little more than a static file. Everything else (a miss, another path,
 * another method) goes on to the routes as usual.
 */
export function serveCachedCodesFirst(fastify: FastifyInstance, responder: DigitalLinkResponder): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    if (request.method === 'GET' && request.url.startsWith('/01/') && responder.serveCached(request, reply)) return;
    done();
  });
}

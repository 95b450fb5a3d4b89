import { hashRequest } from '../shared/request-hash';

/**
 * The idempotency hash of a master-data request: the route (method and the id in the path) and
 * the body. With the body alone, one key reused for PUT /places/a and PUT /places/b with the
 * same fields would replay a's answer for b instead of being refused.
 */
export function masterDataRequestHash(route: string, idempotencyKey: string | undefined, body: unknown): string {
  return idempotencyKey ? hashRequest({ route, body }) : '';
}

import { DomainError } from '#tamga/domain';
import { ReplyLike } from '#tamga/platform';

/** Why a request carries no usable key. */
export type AuthenticationFailure = 'missing' | 'malformed' | 'invalid';

// One message for every invalid key (unknown, wrong secret, revoked, party gone): which of these
// it was would tell someone holding a stolen or guessed key what to try next.
const DETAIL: Record<AuthenticationFailure, { rule: string; message: string }> = {
  missing: { rule: 'api-key-required', message: 'an API key is required; send "Authorization: Bearer tmg_<keyId>_<secret>"' },
  malformed: { rule: 'api-key-format', message: 'not a Tamga API key; send "Authorization: Bearer tmg_<keyId>_<secret>"' },
  invalid: { rule: 'valid-api-key', message: 'this API key is not valid (unknown, revoked, or its party is no longer registered)' },
};

/**
 * The 401 for a request without a usable key: the challenge goes on the reply (RFC 6750), the
 * refusal becomes problem+json naming the Authorization header and the rule it broke.
 */
export function unauthenticated(reply: ReplyLike, failure: AuthenticationFailure): DomainError {
  reply.header('WWW-Authenticate', failure === 'missing' ? 'Bearer realm="tamga"' : 'Bearer realm="tamga", error="invalid_token"');
  const { rule, message } = DETAIL[failure];
  return new DomainError('AUTH.UNAUTHENTICATED', 'unauthenticated', `Authorization: ${message}`, [{ field: 'Authorization', rule, message }]);
}

/** The key in an `Authorization: Bearer <key>` header; null when there is no header, 'malformed' when it is not one key. */
export function bearerTokenOf(header: string | string[] | undefined): string | null | 'malformed' {
  if (header === undefined || header === '') return null;
  if (Array.isArray(header)) return 'malformed';
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match ? match[1] : 'malformed';
}

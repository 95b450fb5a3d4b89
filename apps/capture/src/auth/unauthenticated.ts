import { UnauthorizedException } from '@nestjs/common';
import { ReplyLike } from '#tamga/platform';

/** Why a request carries no usable key. */
export type AuthenticationFailure = 'missing' | 'malformed' | 'invalid';

// One message for every invalid key (unknown, wrong secret, revoked, party gone): which of these
// it was would tell someone holding a stolen or guessed key what to try next.
const DETAIL: Record<AuthenticationFailure, string> = {
  missing: 'Authorization: an API key is required; send "Authorization: Bearer tmg_<keyId>_<secret>"',
  malformed: 'Authorization: not a Tamga API key; send "Authorization: Bearer tmg_<keyId>_<secret>"',
  invalid: 'Authorization: this API key is not valid (unknown, revoked, or its party is no longer registered)',
};

/**
 * The 401 for a request without a usable key: the challenge goes on the reply (RFC 6750), the
 * exception becomes problem+json in ProblemDetailsFilter (code HTTP.UNAUTHORIZED).
 */
export function unauthenticated(reply: ReplyLike, failure: AuthenticationFailure): UnauthorizedException {
  reply.header('WWW-Authenticate', failure === 'missing' ? 'Bearer realm="tamga"' : 'Bearer realm="tamga", error="invalid_token"');
  return new UnauthorizedException(DETAIL[failure]);
}

/** The key in an `Authorization: Bearer <key>` header; null when there is no header, 'malformed' when it is not one key. */
export function bearerTokenOf(header: string | string[] | undefined): string | null | 'malformed' {
  if (header === undefined || header === '') return null;
  if (Array.isArray(header)) return 'malformed';
  const match = /^Bearer +(\S+) *$/i.exec(header);
  return match ? match[1] : 'malformed';
}

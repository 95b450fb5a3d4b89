import { DomainError } from '../shared/domain-error';

/**
 * The public half of an API key: 16 lowercase base-32 characters (80 random bits), chosen by
 * the issuer. It names the key in URLs, in its stream and in the token, so it holds no "_".
 */
export const API_KEY_ID_PATTERN = /^[0-9a-z]{16}$/;

/** Refuses a key id that no issued key could have ('malformed' where it is an address). */
export function assertApiKeyId(keyId: string, field = 'keyId', kind: 'invalid' | 'malformed' = 'invalid'): string {
  if (typeof keyId !== 'string' || !API_KEY_ID_PATTERN.test(keyId)) {
    throw new DomainError('API_KEY.INVALID_ID', kind, `Invalid API key id "${String(keyId)}"`, [
      { field, rule: 'api-key-id', message: 'must be 16 lowercase letters or digits, as in tmg_<keyId>_<secret>' },
    ]);
  }
  return keyId;
}

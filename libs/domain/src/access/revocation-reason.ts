import { DomainError } from '../shared/domain-error';

/**
 * Why a key was revoked: a closed list, not free text, because events are never erased and free
 * text is where a person's name or phone number would slip into the log.
 */
export const REVOCATION_REASONS = ['lost', 'compromised', 'device-retired', 'rotated', 'party-left', 'issued-in-error', 'other'] as const;

/** A reason for revoking an API key. */
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** Refuses a reason outside REVOCATION_REASONS. */
export function revocationReasonOf(reason: string, field = 'reason'): RevocationReason {
  if (!(REVOCATION_REASONS as readonly string[]).includes(reason)) {
    throw new DomainError('API_KEY.INVALID_REASON', 'invalid', `Unknown revocation reason "${String(reason)}"`, [
      { field, rule: 'known-value', message: `must be one of ${REVOCATION_REASONS.join(', ')}`, value: reason },
    ]);
  }
  return reason as RevocationReason;
}

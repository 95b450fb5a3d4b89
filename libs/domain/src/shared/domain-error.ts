/** What kind of refusal a domain error is; the HTTP edge maps each kind to one status code. */
export type DomainErrorKind = 'malformed' | 'unauthenticated' | 'invalid' | 'conflict' | 'not-found' | 'forbidden';

/** A detail of a refusal: the field it concerns and the rule it broke, with the numbers involved. */
export interface DomainErrorDetail {
  readonly field?: string;
  readonly rule: string;
  readonly message: string;
  readonly [extra: string]: unknown;
}

/**
 * A refusal decided by the domain. `code` is stable (clients may switch on it);
 * `message` is for people.
 */
export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: DomainErrorKind,
    message: string,
    readonly details: readonly DomainErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

import { DomainError } from './domain-error';

/** For tests: runs a decision that must be refused and returns the refusal; fails if it was accepted. */
export function refusal(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal, but the command was accepted');
}

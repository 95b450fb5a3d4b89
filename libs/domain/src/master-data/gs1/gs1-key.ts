import { DomainError } from '../../shared/domain-error';
import { gs1CheckDigit } from './gs1-check-digit';

/**
 * Refuses a GS1 key that is not all digits, not one of the allowed lengths, or whose last digit
 * is not its mod-10 check digit; the refusal names the digit that was expected.
 */
export function assertGs1Key(value: string, lengths: readonly number[], code: string, keyName: string, field: string): string {
  const refuse = (rule: string, message: string, extra: Record<string, unknown> = {}) =>
    new DomainError(code, 'invalid', `Invalid ${keyName} "${value}": ${message}`, [
      { field, rule, message, value, ...extra },
    ]);
  if (typeof value !== 'string' || !/^\d+$/.test(value)) {
    // A key sent as a JSON number has already lost its leading zeros: only strings are safe.
    throw refuse('digits-only', 'must be a string of digits');
  }
  if (!lengths.includes(value.length)) {
    throw refuse('gs1-key-length', `must have ${lengths.join(', ')} digits`, { length: value.length });
  }
  const expected = gs1CheckDigit(value.slice(0, -1));
  const actual = Number(value.slice(-1));
  if (actual !== expected) {
    throw refuse('gs1-check-digit', `the check digit should be ${expected}, not ${actual}`, { expected, actual });
  }
  return value;
}

import { DomainError } from '../../shared/domain-error';

/** Refuses a value outside a closed list (a place kind, a category...), naming the accepted ones. */
export function oneOf<T extends string>(value: string, accepted: readonly T[], field: string): T {
  if (!(accepted as readonly string[]).includes(value)) {
    throw new DomainError('MASTER_DATA.UNKNOWN_VALUE', 'invalid', `Unknown ${field} "${value}"`, [
      { field, rule: 'known-value', message: `must be one of ${accepted.join(', ')}`, value },
    ]);
  }
  return value as T;
}

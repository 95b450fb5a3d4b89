import { DomainError } from '#tamga/domain';
import { withholdingRulesOf } from '#tamga/proof-bundle';

/** The `withhold` query parameter as withholding entries, or a 400 naming the entry no rule knows. */
export function withholdParam(withhold: string | undefined): string[] {
  const parsed = withholdingRulesOf(withhold ?? '');
  if ('error' in parsed) {
    throw new DomainError('BUNDLE.INVALID_WITHHOLD', 'malformed', `Invalid withhold: ${parsed.error}`, [{ field: 'withhold', rule: 'withholding-group-or-type-field', message: parsed.error }]);
  }
  return parsed.names;
}

import { DomainError } from '#tamga/domain';
import { WithholdingRule, withholdingRulesOf } from '#tamga/proof-bundle';

/** What an exporter withholds: the rules the bundle applies and the names it lists as withheld. */
export interface Withholding {
  readonly rules: readonly WithholdingRule[];
  readonly names: readonly string[];
}

/** The `withhold` query parameter as withholding rules, or a 400 naming the entry no rule knows. */
export function withholdParam(withhold: string | undefined): Withholding {
  const parsed = withholdingRulesOf(withhold ?? '');
  if ('error' in parsed) {
    throw new DomainError('BUNDLE.INVALID_WITHHOLD', 'malformed', `Invalid withhold: ${parsed.error}`, [{ field: 'withhold', rule: 'withholding-group-or-type-field', message: parsed.error }]);
  }
  return parsed;
}

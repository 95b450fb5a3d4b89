import { DomainError } from '#tamga/domain';

/**
 * Runs a decision, naming the record's id field as the request names it: the domain's version
 * rules say `id` (they serve every kind of record), the API says `placeId`, `productId`...
 */
export function namingIdField<T>(field: string, decide: () => T): T {
  try {
    return decide();
  } catch (error) {
    if (!(error instanceof DomainError) || !error.details.some((d) => d.field === 'id')) throw error;
    const details = error.details.map((d) => (d.field === 'id' ? { ...d, field } : d));
    throw new DomainError(error.code, error.kind, error.message, details);
  }
}

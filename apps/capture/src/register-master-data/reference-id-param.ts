import { DomainError, assertReferenceId } from '#tamga/domain';

/**
 * Reads a master-data id from the request path. A path that names no possible record is a
 * malformed address (400), as a malformed lot code is, not a field of a body to correct (422).
 */
export function referenceIdParam(value: string, field: string): string {
  try {
    return assertReferenceId(value, field);
  } catch (error) {
    if (error instanceof DomainError) throw new DomainError(error.code, 'malformed', error.message, error.details);
    throw error;
  }
}

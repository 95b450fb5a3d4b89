import { DomainError } from '#tamga/domain';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const WHOLE = /^(0|[1-9][0-9]{0,15})$/;

/** An event id from the path: a UUID, else a malformed address (400) naming the parameter. */
export function eventIdParam(value: string): string {
  if (!UUID.test(value)) {
    throw new DomainError('LOG.MALFORMED_EVENT_ID', 'malformed', `"${value}" is not an event id`, [
      { field: 'eventId', rule: 'uuid', message: 'an event id is a UUID' },
    ]);
  }
  return value.toLowerCase();
}

/** A tree size or leaf count from the query or path: a whole number of at least `min`; absent gives undefined. */
export function sizeParam(value: string | undefined, field: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!WHOLE.test(value) || !Number.isSafeInteger(Number(value)) || Number(value) < min) {
    throw new DomainError('LOG.MALFORMED_PARAMETER', 'malformed', `${field} must be a whole number of at least ${min}, not "${value}"`, [
      { field, rule: `integer>=${min}`, message: `a whole number of at least ${min}` },
    ]);
  }
  return Number(value);
}

/** Like {@link sizeParam}, for a parameter that must be given. */
export function requiredSizeParam(value: string | undefined, field: string, min: number): number {
  const size = sizeParam(value, field, min);
  if (size === undefined) {
    throw new DomainError('LOG.MISSING_PARAMETER', 'malformed', `${field} is required`, [{ field, rule: 'required', message: `${field} is required` }]);
  }
  return size;
}

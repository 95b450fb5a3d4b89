import { DomainError } from './domain-error';

/** How far ahead of the server's clock a client's clock may run before its times are refused. */
export const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The earliest time Tamga accepts for any fact: its records start with the OVOP programme. */
export const EARLIEST_FACT_TIME = new Date('2000-01-01T00:00:00Z');

/** Refuses a fact time in the future (beyond the clock skew) or before records began. */
export function assertPlausibleFactTime(at: Date, now: Date, field: string): void {
  if (Number.isNaN(at.getTime())) {
    throw new DomainError('TIME.INVALID', 'invalid', `${field} is not a valid time`, [
      { field, rule: 'iso-8601', message: 'must be an ISO 8601 date-time with an offset' },
    ]);
  }
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new DomainError('TIME.IN_FUTURE', 'invalid', `${field} is in the future`, [
      {
        field,
        rule: 'not-in-future',
        message: `must not be later than the server's time plus ${CLOCK_SKEW_MS / 60000} minutes`,
        value: at.toISOString(),
        serverTime: now.toISOString(),
      },
    ]);
  }
  if (at < EARLIEST_FACT_TIME) {
    throw new DomainError('TIME.TOO_EARLY', 'invalid', `${field} is before records began`, [
      { field, rule: 'not-before-2000', message: `must not be before ${EARLIEST_FACT_TIME.toISOString()}` },
    ]);
  }
}

const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/**
 * Reads an ISO 8601 instant with an offset, refusing what JavaScript's Date would silently
 * "correct" (30 February becomes 2 March) and times without an offset (whose zone is a guess).
 */
export function parseInstant(text: string, field: string): Date {
  const m = ISO_INSTANT.exec(text);
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = (m ?? []).slice(1).map((v) => Number(v ?? 0));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const valid =
    m !== null &&
    month >= 1 && month <= 12 &&
    day >= 1 && day <= daysInMonth &&
    hour <= 23 && minute <= 59 && second <= 59 &&
    offsetHours <= 14 && offsetMinutes <= 59;
  if (!valid) {
    throw new DomainError('TIME.INVALID', 'invalid', `${field} is not a valid time`, [
      { field, rule: 'iso-8601', message: 'must be a real ISO 8601 date-time with an offset, such as 2026-07-15T06:30:00+06:00', value: text },
    ]);
  }
  return new Date(text);
}

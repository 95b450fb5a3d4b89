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

import { DomainError } from '../../shared/domain-error';
import { EARLIEST_FACT_TIME } from '../../shared/recorded-time';

/** Kyrgyzstan keeps UTC+6 all year (no daylight saving since 2005), so a local date is a fixed shift from UTC. */
const KYRGYZSTAN_UTC_OFFSET_MS = 6 * 3600_000;

/** Refuses anything but a real calendar date written YYYY-MM-DD, on or after 2000-01-01. */
export function calendarDateOf(text: string, field: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(typeof text === 'string' ? text : '');
  const [year, month, day] = (m ?? []).slice(1).map(Number);
  const real = m !== null && month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (!real) {
    throw new DomainError('TIME.INVALID_DATE', 'invalid', `${field} is not a valid date`, [
      { field, rule: 'iso-8601-date', message: 'must be a real calendar date such as 2023-03-03', value: text },
    ]);
  }
  if (text < EARLIEST_FACT_TIME.toISOString().slice(0, 10)) {
    throw new DomainError('TIME.TOO_EARLY', 'invalid', `${field} is before records began`, [
      { field, rule: 'not-before-2000', message: 'must not be before 2000-01-01', value: text },
    ]);
  }
  return text;
}

/** The calendar date in Kyrgyzstan (YYYY-MM-DD) at an instant. */
export function kyrgyzstanDateAt(at: Date): string {
  return new Date(at.getTime() + KYRGYZSTAN_UTC_OFFSET_MS).toISOString().slice(0, 10);
}

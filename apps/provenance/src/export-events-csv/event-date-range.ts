import { DomainError, calendarDateOf, parseInstant } from '#tamga/domain';

/** The longest range one spreadsheet covers: a season and more; a longer export is several files. */
export const MAX_RANGE_DAYS = 366;

const DAY_MS = 86_400_000;
/** Kyrgyzstan keeps UTC+6 all year: its days start at 18:00 UTC the day before. */
const KYRGYZSTAN_OFFSET_MS = 6 * 3_600_000;

/** The events a date-range spreadsheet holds: those that happened at or after `from` and before `to`. */
export interface EventDateRange {
  readonly from: Date;
  readonly to: Date;
}

function refuse(field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('RANGE.INVALID', 'invalid', `${field} ${message}`, [{ field, rule, message, ...extra }]);
}

/**
 * Reads `from` and `to`: a calendar date (YYYY-MM-DD, a whole day in Kyrgyzstan, both ends
 * included) or an instant with an offset (`from` included, `to` excluded). Refuses (422, naming
 * the field and rule) a missing or unreal time, an empty or reversed range, or one over MAX_RANGE_DAYS.
 */
export function eventDateRangeOf(from: string | undefined, to: string | undefined): EventDateRange {
  const start = boundOf(from, 'from', 0);
  const end = boundOf(to, 'to', DAY_MS);
  if (end <= start) throw refuse('to', 'after-from', 'must be later than from', { from, to });
  const days = (end.getTime() - start.getTime()) / DAY_MS;
  if (days > MAX_RANGE_DAYS) throw refuse('to', 'max-range', `must be at most ${MAX_RANGE_DAYS} days after from`, { days: Math.ceil(days) });
  return { from: start, to: end };
}

/** A bound as an instant; a date is the start of that Kyrgyzstan day, plus `dateShiftMs` (the day after, for `to`). */
function boundOf(value: string | undefined, field: string, dateShiftMs: number): Date {
  if (value === undefined || value === '') throw refuse(field, 'required', 'is required: a date (2026-07-01) or a time with an offset (2026-07-01T00:00:00+06:00)');
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    const date = calendarDateOf(value, field);
    return new Date(Date.parse(`${date}T00:00:00Z`) - KYRGYZSTAN_OFFSET_MS + dateShiftMs);
  }
  return parseInstant(value, field);
}

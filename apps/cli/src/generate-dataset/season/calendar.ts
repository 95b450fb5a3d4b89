/**
 * The dataset's calendar: the 2026 season, in Kyrgyzstan time (UTC+6, no summer time). Master
 * data is registered on 1 May; cycles start between 10 June and 10 September, one after another,
 * and each runs about two months from the first harvest to the last sale or export, so every fact
 * falls before 16 November 2026. Fixed dates, not "now": the same seed gives the same facts.
 */
export const MASTER_DATA_AT = new Date('2026-05-01T03:00:00.000Z');
const FIRST_CYCLE = Date.UTC(2026, 5, 10);
const START_DAYS = 92;
const DAY = 86_400_000;

/** A day of a cycle: day 0 is its first harvest day. */
export class CycleDays {
  private readonly start: number;

  /** Cycle `index` of `planned`: start days spread evenly over the season, never past its window. */
  constructor(index: number, planned: number) {
    this.start = FIRST_CYCLE + Math.min(START_DAYS, Math.floor((index * START_DAYS) / Math.max(1, planned))) * DAY;
  }

  /** `…T07:30:00+06:00` on day `day` of the cycle. */
  at(day: number, hour: number, minute = 0): string {
    return `${this.date(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00+06:00`;
  }

  /** The calendar date (YYYY-MM-DD) of day `day`. */
  date(day: number): string {
    return new Date(this.start + day * DAY).toISOString().slice(0, 10);
  }
}

import { EpcisRenderingError } from './epcis-rendering-error';

/** Kyrgyzstan keeps UTC+6 all year (no daylight saving since 2005), so every OVOP fact happens at this offset. */
export const KYRGYZSTAN_TIME_ZONE_OFFSET = '+06:00';
const OFFSET_MS = 6 * 3600_000;

/**
 * An instant written as Kyrgyzstan's wall-clock time with milliseconds ("2026-07-15T06:30:00.000+06:00"),
 * whatever offset the recorder used. One spelling per instant keeps renderings byte-identical; the
 * event hash reads it back as the same UTC instant. Digits below the millisecond are dropped.
 */
export function kyrgyzstanTime(instant: string, field: string): string {
  const at = new Date(instant);
  if (typeof instant !== 'string' || Number.isNaN(at.getTime())) {
    throw new EpcisRenderingError(`${field} "${String(instant)}" is not a date-time`);
  }
  return new Date(at.getTime() + OFFSET_MS).toISOString().replace(/Z$/, KYRGYZSTAN_TIME_ZONE_OFFSET);
}

/** The calendar date in Kyrgyzstan (YYYY-MM-DD) of an instant: the harvest date a label shows. */
export function kyrgyzstanDate(instant: string, field: string): string {
  return kyrgyzstanTime(instant, field).slice(0, 10);
}

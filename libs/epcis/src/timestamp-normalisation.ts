/**
 * CBV 2.0 §8.9: timestamps are hashed in UTC ("Z") with exactly millisecond precision; missing
 * milliseconds are zero-filled and a 4th fractional digit of 5-9 rounds the 3rd up
 * (2023-02-02T11:04:03.1415Z -> 2023-02-02T11:04:03.142Z), carrying into seconds and beyond.
 */

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,](\d+))?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** Offset of a "+hh:mm" / "-hhmm" / "Z" designator in minutes east of UTC (a missing designator is taken as UTC). */
function offsetMinutes(designator: string | undefined): number {
  if (!designator || designator === 'Z' || designator === 'z') return 0;
  const sign = designator.startsWith('-') ? -1 : 1;
  const digits = designator.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || '0'));
}

/** Normalises an xsd:dateTime(Stamp) to UTC at millisecond precision (YYYY-MM-DDTHH:MM:SS.sssZ); text that is not an ISO 8601 date-time is returned unchanged. */
export function normaliseTimestamp(value: string): string {
  const m = ISO_DATE_TIME.exec(value.trim());
  if (!m) return value;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6] ?? '0'].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return value;
  const local = new Date(0);
  local.setUTCFullYear(year, month - 1, day);
  local.setUTCHours(hour, minute, second, 0);
  if (local.getUTCDate() !== day || local.getUTCMonth() !== month - 1) return value;

  const fraction = m[7] ?? '';
  const roundUp = fraction.length > 3 && fraction.charCodeAt(3) >= 53; // '5'..'9'
  const millis = Number(fraction.slice(0, 3).padEnd(3, '0')) + (roundUp ? 1 : 0);
  const utc = new Date(local.getTime() + millis - offsetMinutes(m[8]) * 60_000);
  return utc.toISOString();
}

import { cbvUrnToWebUri } from './cbv-vocabulary';
import { normaliseGs1Identifier } from './gs1-identifier-normalisation';
import { normaliseNumeric } from './numeric-normalisation';
import { normaliseTimestamp } from './timestamp-normalisation';

/** Canonical pre-hash form of a (trimmed, non-timestamp) value: CBV URNs as web URIs, numbers without trailing zeros, GS1 identifiers as constrained canonical Digital Link URIs. */
export function canonicaliseValue(text: string): string {
  const value = normaliseNumeric(cbvUrnToWebUri(text));
  return normaliseGs1Identifier(value) ?? value;
}

/** True for standard fields holding a timestamp (eventTime, time, startTime, endTime ...), i.e. names containing "time" but not "offset". */
export function isTimestampField(name: string): boolean {
  const lower = name.toLowerCase();
  return lower.includes('time') && !lower.includes('offset');
}

/** Canonical pre-hash form of the value of a standard field: whitespace trimmed, timestamps in UTC at millisecond precision, everything else via canonicaliseValue. */
export function canonicaliseFieldValue(name: string, raw: string): string {
  const text = raw.trim();
  if (text === '') return '';
  return isTimestampField(name) ? normaliseTimestamp(text) : canonicaliseValue(text);
}

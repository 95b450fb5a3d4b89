import { DomainError } from '#tamga/domain';
import { eventDateRangeOf } from './event-date-range';

const refusal = (from?: string, to?: string) => {
  try {
    eventDateRangeOf(from, to);
  } catch (error) {
    return error instanceof DomainError ? { kind: error.kind, ...error.details[0] } : error;
  }
  throw new Error('expected a refusal');
};

describe('the date range of a spreadsheet', () => {
  it('reads dates as whole Kyrgyzstan days, both included', () => {
    expect(eventDateRangeOf('2026-07-01', '2026-07-31')).toEqual({ from: new Date('2026-06-30T18:00:00Z'), to: new Date('2026-07-31T18:00:00Z') });
  });

  it('reads instants as they are, the end excluded', () => {
    expect(eventDateRangeOf('2026-07-01T08:00:00+06:00', '2026-07-01T09:00:00Z')).toEqual({ from: new Date('2026-07-01T02:00:00Z'), to: new Date('2026-07-01T09:00:00Z') });
  });

  it('refuses a missing, unreal or reversed range, naming the field and the rule', () => {
    expect(refusal(undefined, '2026-07-01')).toMatchObject({ kind: 'invalid', field: 'from', rule: 'required' });
    expect(refusal('2026-02-30', '2026-03-01')).toMatchObject({ kind: 'invalid', field: 'from', rule: 'iso-8601-date' });
    expect(refusal('2026-07-01', 'tomorrow')).toMatchObject({ kind: 'invalid', field: 'to', rule: 'iso-8601' });
    expect(refusal('2026-08-01', '2026-07-01')).toMatchObject({ kind: 'invalid', field: 'to', rule: 'after-from' });
    expect(refusal('2026-07-01T10:00:00+06:00', '2026-07-01T10:00:00+06:00')).toMatchObject({ field: 'to', rule: 'after-from' });
  });

  it('refuses more than a year and a day in one file', () => {
    expect(eventDateRangeOf('2026-01-01', '2026-12-31').to).toEqual(new Date('2026-12-31T18:00:00Z'));
    expect(refusal('2025-01-01', '2026-06-30')).toMatchObject({ field: 'to', rule: 'max-range' });
  });
});

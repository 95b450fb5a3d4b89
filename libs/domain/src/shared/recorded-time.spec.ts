import { DomainError } from './domain-error';
import { CLOCK_SKEW_MS, assertPlausibleFactTime, parseInstant } from './recorded-time';

describe('parseInstant', () => {
  it.each([
    ['2026-07-15T06:30:00+06:00', '2026-07-15T00:30:00.000Z'],
    ['2026-07-15T00:30Z', '2026-07-15T00:30:00.000Z'],
    ['2024-02-29T12:00:00.123456-05:30', '2024-02-29T17:30:00.123Z'],
  ])('reads %s as %s', (text, utc) => {
    expect(parseInstant(text, 'at').toISOString()).toBe(utc);
  });

  it.each(['2026-02-30T07:15:00+06:00', '2025-02-29T00:00:00Z', '2026-13-01T00:00:00Z', '2026-07-15T24:00:00Z', '2026-07-15T06:30:00', '15.07.2026 06:30', ''])(
    'refuses %p',
    (text) => {
      expect(() => parseInstant(text, 'harvestedAt')).toThrow(DomainError);
      try {
        parseInstant(text, 'harvestedAt');
      } catch (error) {
        expect((error as DomainError).details[0]).toMatchObject({ field: 'harvestedAt', rule: 'iso-8601' });
      }
    },
  );
});

describe('assertPlausibleFactTime', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  it('accepts the clock skew, refuses a millisecond beyond it', () => {
    expect(() => assertPlausibleFactTime(new Date(now.getTime() + CLOCK_SKEW_MS), now, 'at')).not.toThrow();
    expect(() => assertPlausibleFactTime(new Date(now.getTime() + CLOCK_SKEW_MS + 1), now, 'at')).toThrow(/future/);
  });
  it('refuses a time before records began', () => {
    expect(() => assertPlausibleFactTime(new Date('1999-12-31T23:59:59Z'), now, 'at')).toThrow(/before records began/);
  });
});

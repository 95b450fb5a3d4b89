import { normaliseTimestamp } from './timestamp-normalisation';

describe('normaliseTimestamp (CBV 2.0 §8.9: UTC, "Z", millisecond precision)', () => {
  it.each([
    // A 4th fractional digit of 5-9 rounds the 3rd up; 0-4 truncates.
    ['2023-02-02T11:04:03.1415Z', '2023-02-02T11:04:03.142Z'],
    ['2023-02-02T11:04:03.1414Z', '2023-02-02T11:04:03.141Z'],
    ['2023-02-12T11:04:03.1007Z', '2023-02-12T11:04:03.101Z'],
    // Missing milliseconds are zero-filled; offsets are applied.
    ['2020-04-01T15:00:00+01:00', '2020-04-01T14:00:00.000Z'],
    ['2019-10-21T00:05:00-06:00', '2019-10-21T06:05:00.000Z'],
    ['2005-04-03T20:33:31.116000-06:00', '2005-04-04T02:33:31.116Z'],
    ['2022-02-17T11:30:47.0Z', '2022-02-17T11:30:47.000Z'],
    // Rounding carries across seconds, days and years.
    ['2023-12-31T23:59:59.9996Z', '2024-01-01T00:00:00.000Z'],
    // Basic-format offset.
    ['2023-06-01T12:00:00.5+0530', '2023-06-01T06:30:00.500Z'],
  ])('%s -> %s', (input, expected) => {
    expect(normaliseTimestamp(input)).toBe(expected);
  });

  it.each(['2019-10-21', 'not a time', '2023-02-30T10:00:00Z', '2023-01-01T24:00:00Z'])('leaves %s unchanged', (input) => {
    expect(normaliseTimestamp(input)).toBe(input);
  });
});

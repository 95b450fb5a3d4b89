/** Kyrgyzstan keeps UTC+6 all year; wall-clock times in a spreadsheet are local, as the records were made. */
const OFFSET_MS = 6 * 3600_000;

/** An instant as Kyrgyzstan wall-clock time with milliseconds and offset: one spelling per instant, so text sorts in time order. */
export function kyrgyzstanTime(at: Date): string {
  return `${new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 23)}+06:00`;
}

/** The calendar date in Kyrgyzstan at an instant. */
export function kyrgyzstanDate(at: Date): string {
  return new Date(at.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

import { kyrgyzstanDateAt } from '#tamga/domain';
import { LotEventRecord } from './lot-story-source';

/** A lot's events without the ones a later `lot.retracted` says never happened: the page tells what stands. */
export function liveEvents(events: readonly LotEventRecord[]): LotEventRecord[] {
  const retracted = new Set(events.filter((e) => e.type === 'lot.retracted').map((e) => String(e.data.retractsEventId)));
  return events.filter((e) => e.type !== 'lot.retracted' && !retracted.has(e.eventId));
}

/** Kyrgyzstan's calendar date (YYYY-MM-DD) of an instant: the date a reader there would write. */
export function dateOf(instant: string): string {
  return kyrgyzstanDateAt(new Date(instant));
}

/** A string field of an event's data, or null. */
export function text(data: Readonly<Record<string, unknown>>, key: string): string | null {
  const value = data[key];
  return typeof value === 'string' ? value : null;
}

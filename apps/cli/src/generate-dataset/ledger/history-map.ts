import { RecordedLotEvent } from '#tamga/domain';

const NO_HISTORY: readonly RecordedLotEvent[] = Object.freeze([]);

/**
 * Every lot's history, as a decision's context reads it: a lot never recorded reads as an empty
 * history (a new output lot), exactly as the capture pipeline loads an absent stream. Histories
 * are replaced, never pushed to: the rules cache a lot's fold per history array.
 */
export class HistoryMap extends Map<string, readonly RecordedLotEvent[]> {
  override get(lotId: string): readonly RecordedLotEvent[] {
    return super.get(lotId) ?? NO_HISTORY;
  }
}

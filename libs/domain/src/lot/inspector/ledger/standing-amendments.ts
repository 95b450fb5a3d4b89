import { Quantity } from '../../../shared/quantity';
import { RecordedLotEvent } from '../../lot-event';

/** What later events say about earlier ones of a lot: which were retracted, and the quantity corrections give. */
export interface StandingAmendments {
  readonly retracted: ReadonlySet<string>;
  /** The latest standing correction of each corrected event. */
  readonly corrections: ReadonlyMap<string, { readonly eventId: string; readonly quantity: Quantity }>;
}

/**
 * Reads amendments as the lot's fold does (lot-state.ts): a retracted event has no effect, a
 * corrected one counts with the quantity of its latest standing correction, and a retracted
 * correction no longer corrects.
 */
export function standingAmendmentsOf(history: readonly RecordedLotEvent[]): StandingAmendments {
  const retracted = new Set(history.flatMap((r) => (r.event.type === 'lot.retracted' ? [r.event.data.retractsEventId] : [])));
  const corrections = new Map<string, { eventId: string; quantity: Quantity }>();
  for (const r of history) {
    if (r.event.type === 'lot.corrected' && !retracted.has(r.eventId)) {
      corrections.set(r.event.data.correctsEventId, { eventId: r.eventId, quantity: r.event.data.changes.quantity });
    }
  }
  return { retracted, corrections };
}

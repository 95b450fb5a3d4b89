import type { EventEnvelope } from '#tamga/contracts';
import type { EpcisEvent } from './epcis-event';
import { lotEventOf } from './lot-event-of';
import type { LotRenderingContext } from './lot-rendering-context';
import { lotsTouchedBy } from './lots-of-event';
import { renderLotEvent } from './render-lot-event';

/** Compares decimal global positions (bigints as strings without leading zeros). */
export function compareGlobalPositions(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Turns stored lot events, fed in log order, into a document's events, each fact once.
 *
 * A fact touching several lots is stored as one identical copy per lot; the copies render to the
 * same event and eventID (recordTime, which differs by microseconds, is not hashed), and only the
 * first copy in log order is kept. Only such facts and error declarations (whose eventID is the
 * declared event's) are remembered, not every eventID: a million-event export keeps a few
 * thousand keys, not a million. Every other stored event is its own fact on its own lot.
 */
export class DocumentEventCollector {
  private readonly seen = new Set<string>();

  constructor(private readonly context: LotRenderingContext) {}

  /** The events a stored event adds to the document (none for a copy already added). */
  add(envelope: EventEnvelope): EpcisEvent[] {
    const multiLot = lotsTouchedBy(lotEventOf(envelope)).length > 1;
    return renderLotEvent(envelope, this.context).filter((event) => {
      if (!multiLot && event.errorDeclaration === undefined) return true;
      const key = `${event.eventID} ${JSON.stringify(event.errorDeclaration ?? null)}`;
      if (this.seen.has(key)) return false;
      this.seen.add(key);
      return true;
    });
  }
}

/** The events of a document of the given stored lot events (any order; they are put in log order). */
export function documentEventsOf(envelopes: readonly EventEnvelope[], context: LotRenderingContext): EpcisEvent[] {
  const events = new DocumentEventCollector(context);
  return [...envelopes].sort((a, b) => compareGlobalPositions(a.globalPosition, b.globalPosition)).flatMap((e) => events.add(e));
}

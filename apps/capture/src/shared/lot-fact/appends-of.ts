import { RecordedLotEvent, occurredAtOf } from '#tamga/domain';
import { SealRequest, StreamAppend } from '#tamga/event-store';

/** A decided event with the id it will be stored under, and the offline device's id for its fact. */
export interface PendingEvent {
  readonly lotId: string;
  readonly record: RecordedLotEvent;
  readonly clientEventId?: string;
  /** The fact's EPCIS hashes and signature, for the store's seal (ADR 0016). */
  readonly seal?: SealRequest;
}

/** Groups decided events by lot, in decision order, each lot expected at the version it was loaded at. */
export function appendsOf(pending: readonly PendingEvent[], loaded: ReadonlyMap<string, readonly RecordedLotEvent[]>): StreamAppend[] {
  const byLot = new Map<string, PendingEvent[]>();
  for (const p of pending) byLot.set(p.lotId, [...(byLot.get(p.lotId) ?? []), p]);
  return [...byLot].map(([lotId, items]) => ({
    streamId: lotId,
    expectedVersion: loaded.get(lotId)?.length ?? 0,
    events: items.map(({ record, clientEventId, seal }) => ({
      ...record.event,
      eventId: record.eventId,
      occurredAt: occurredAtOf(record.event),
      ...(clientEventId ? { metadata: { clientEventId } } : {}),
      ...(seal ? { seal } : {}),
    })),
  }));
}

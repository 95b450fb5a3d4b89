import { LotEvent, LotState, foldLot } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';

/** A lot as a command handler needs it: its state and the version to expect when appending. */
export interface LoadedLot {
  readonly state: LotState;
  readonly version: number;
}

/** Loads and folds one lot's stream. */
export async function loadLot(eventStore: PostgresEventStore, lotId: string): Promise<LoadedLot> {
  const stored = await eventStore.readStream(lotId);
  return { state: foldLot(stored.map(toLotEvent)), version: stored.length };
}

/** The domain event inside a stored envelope. Schema version 1 is the only one so far: no upcasting yet. */
export function toLotEvent(stored: StoredEvent): LotEvent {
  return { type: stored.type, schemaVersion: stored.schemaVersion, data: stored.data } as LotEvent;
}

import { EventEnvelope } from '#tamga/contracts';
import { streamKindOf } from '#tamga/domain';

/**
 * The events of one kind of master-data stream in a batch, keeping only the highest version of
 * each stream. Every master-data event carries the record's whole version, so the latest one is
 * all a "current version" table needs; and one row may not be upserted twice in one statement.
 */
export function latestPerStream<T>(events: readonly EventEnvelope[], streamKind: string, types: readonly string[]): EventEnvelope<T>[] {
  const latest = new Map<string, EventEnvelope>();
  for (const event of events) {
    if (streamKindOf(event.streamId) !== streamKind || !types.includes(event.type)) continue;
    const seen = latest.get(event.streamId);
    if (!seen || seen.streamVersion < event.streamVersion) latest.set(event.streamId, event);
  }
  return [...latest.values()] as EventEnvelope<T>[];
}

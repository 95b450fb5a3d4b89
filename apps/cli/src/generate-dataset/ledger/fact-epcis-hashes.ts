import type { EventEnvelope } from '#tamga/contracts';
import { MasterDataLookup, RecordedLotEvent, occurredAtOf } from '#tamga/domain';
import { TAMGA_EPCIS_CONTEXT, eventHash, renderLotEvent } from '#tamga/epcis';

/** What rendering a dataset fact reads: the world's master data, each lot's product, and its lots' histories. */
export interface DatasetRendering {
  readonly masterData: MasterDataLookup;
  productOfLot(lotId: string): string | undefined;
  history(lotId: string): readonly RecordedLotEvent[];
}

/**
 * The CBV 2.0 hashes of a decided fact's EPCIS rendering, as capture seals them (ADR 0016), so a
 * generated season's seals are those capture would have written. `lotId` and `record` are one copy
 * of the fact; an amendment's target is looked up in that lot's history.
 */
export function factEpcisHashes(lotId: string, record: RecordedLotEvent, rendering: DatasetRendering): string[] {
  const envelope = (streamId: string, r: RecordedLotEvent): EventEnvelope => ({
    eventId: r.eventId,
    type: r.event.type,
    schemaVersion: r.event.schemaVersion,
    streamId,
    streamVersion: r.version,
    globalPosition: '0',
    occurredAt: occurredAtOf(r.event),
    recordedAt: occurredAtOf(r.event),
    actorId: r.actorId,
    data: r.event.data,
    metadata: {},
  });
  const context = {
    masterData: rendering.masterData,
    productOfLot: (id: string) => rendering.productOfLot(id),
    recordedEvent: (eventId: string) => {
      const found = rendering.history(lotId).find((r) => r.eventId === eventId);
      return found ? envelope(lotId, found) : undefined;
    },
  };
  return renderLotEvent(envelope(lotId, record), context).map((e) => eventHash(e, TAMGA_EPCIS_CONTEXT));
}

import { Inject, Injectable } from '@nestjs/common';
import { Pool } from 'pg';
import type { EventEnvelope } from '#tamga/contracts';
import { DomainError, DossierRecord, OriginDossier, buildOriginDossier } from '#tamga/domain';
import { EpcisRenderingError, type LotRenderingContext } from '#tamga/epcis';
import { PG_POOL } from '#tamga/platform';
import { DEFAULT_TRACE_DEPTH, TraceScope, readDossierMasterData, readShipmentTrace } from '#tamga/read-models';
import { EpcisEventIds } from './epcis-event-ids';
import { unknownShipment } from './shipment-id-param';
import { lotEventsOf, masterDataIdsOf, traceRenderingContext, withoutStrayAmendments } from './trace-rendering';

/** A shipment's dossier with what it was built from, for the answers that render it further. */
export interface ReadDossier {
  readonly dossier: OriginDossier;
  readonly envelopes: readonly EventEnvelope[];
  readonly context: LotRenderingContext;
  readonly masterData: Awaited<ReturnType<typeof readDossierMasterData>>;
}

/**
 * Reads a shipment's trace from the read models (two round trips: the trace, then the master data
 * it names), cites each event by its EPCIS eventID and builds the dossier with the domain's pure
 * buildOriginDossier. Only the facts the dossier cites are read and hashed for it: a blend of a
 * season's harvests has thousands of custody and sale events that say nothing of origin, and each
 * costs a rendering and a hash. A shipment no standing export carries is a 404.
 */
@Injectable()
export class OriginDossierReader {
  private readonly eventIds = new EpcisEventIds();

  constructor(@Inject(PG_POOL) private readonly pool: Pool) {}

  /** The dossier; with `whole`, built over every event of the trace (for its EPCIS document), else over the facts it cites. */
  async read(shipmentId: string, scope: TraceScope = 'origin'): Promise<ReadDossier> {
    const trace = await readShipmentTrace(this.pool, shipmentId, DEFAULT_TRACE_DEPTH, scope);
    if (!trace) throw unknownShipment(shipmentId);
    const envelopes = withoutStrayAmendments(trace.events);
    const events = lotEventsOf(envelopes);
    const masterData = await readDossierMasterData(this.pool, masterDataIdsOf(events.map((e) => e.event)));
    const context = traceRenderingContext(envelopes, masterData);
    const histories = new Map<string, DossierRecord[]>();
    for (const { envelope, event } of events) {
      const record: DossierRecord = {
        eventId: envelope.eventId,
        version: envelope.streamVersion,
        actorId: envelope.actorId,
        event,
        lotId: envelope.streamId,
        recordedAt: envelope.recordedAt,
        globalPosition: envelope.globalPosition,
        epcisEventId: this.eventIdOf(envelope, context),
      };
      const history = histories.get(record.lotId);
      if (history) history.push(record);
      else histories.set(record.lotId, [record]);
    }
    for (const history of histories.values()) history.sort((a, b) => a.version - b.version);
    const products = new Map(masterData.products.map((p) => [p.productId, p]));
    const places = new Map(masterData.places.map((p) => [p.placeId, p]));
    const schemes = new Map(masterData.schemes.map((s) => [s.schemeId, s]));
    const dossier = buildOriginDossier({
      shipmentId,
      histories,
      masterData: { place: (id) => places.get(id), product: (id) => products.get(id), scheme: (id) => schemes.get(id) },
    });
    if (!dossier) throw unknownShipment(shipmentId);
    return { dossier, envelopes, context, masterData };
  }

  /**
   * An event's EPCIS eventID. Rendering needs the GTIN and GLN of what it names; master data
   * travels on other Kafka partitions than lots and may be projected a moment later: that is a 404
   * the client can retry (as for a lot's QR code), not a fault of the service.
   */
  private eventIdOf(envelope: EventEnvelope, context: LotRenderingContext): string {
    try {
      return this.eventIds.of(envelope, context);
    } catch (error) {
      if (!(error instanceof EpcisRenderingError)) throw error;
      throw new DomainError('DOSSIER.MASTER_DATA_NOT_PROJECTED', 'not-found', 'The master data this shipment\'s record names is not in the read models yet', [
        { field: 'shipmentId', rule: 'projected-master-data', message: error.message },
      ]);
    }
  }
}

import type { EventEnvelope } from '#tamga/contracts';
import { LotEvent, masterDataLookupOf } from '#tamga/domain';
import { type LotRenderingContext, lotEventOf, lotProductsOf, masterDataReferencesOf } from '#tamga/epcis';
import type { DossierMasterDataRows } from '#tamga/read-models';

/** The lot events of a trace as the domain reads them, envelopes it cannot read left out (rendering names them). */
export function lotEventsOf(envelopes: readonly EventEnvelope[]): { envelope: EventEnvelope; event: LotEvent }[] {
  return envelopes.flatMap((envelope) => {
    try {
      return [{ envelope, event: lotEventOf(envelope) }];
    } catch {
      return [];
    }
  });
}

/**
 * The envelopes without amendments of events not among them. A dossier reads only the facts it
 * cites, and the correction of a receipt or the retraction of a sale upstream amends an event it
 * did not read: rendering one needs its target (ADR 0007), and the dossier needs neither.
 */
export function withoutStrayAmendments(envelopes: readonly EventEnvelope[]): EventEnvelope[] {
  let kept = [...envelopes];
  // Until nothing changes: the retraction of a dropped correction is itself stray.
  for (let size = -1; size !== kept.length; ) {
    size = kept.length;
    const read = new Set(kept.map((e) => e.eventId));
    kept = kept.filter((e) => {
      const data = e.data as { correctsEventId?: string; retractsEventId?: string };
      if (e.type === 'lot.corrected') return read.has(String(data.correctsEventId));
      if (e.type === 'lot.retracted') return read.has(String(data.retractsEventId));
      return true;
    });
  }
  return kept;
}

/** The master data a trace's events name: places and products for rendering and names, schemes for certificates. */
export function masterDataIdsOf(events: readonly LotEvent[]): { placeIds: string[]; productIds: string[]; schemeIds: string[] } {
  const references = events.map(masterDataReferencesOf);
  return {
    placeIds: [...new Set(references.flatMap((r) => r.placeIds))].sort(),
    productIds: [...new Set(events.flatMap(lotProductsOf).map(([, productId]) => productId))].sort(),
    schemeIds: [...new Set(events.flatMap((e) => (e.type === 'lot.certified' ? [e.data.schemeId] : [])))].sort(),
  };
}

/**
 * The rendering context of a whole trace held in memory: the trace holds every lot's creating fact
 * (so each lot's product) and every event an amendment points at (amendments are recorded on the
 * amended event's own lot). Master data comes from the read models, whose latest versions carry
 * the same GTINs and GLNs as every earlier one (the domain refuses to change them, ADR 0007).
 */
export function traceRenderingContext(envelopes: readonly EventEnvelope[], masterData: DossierMasterDataRows): LotRenderingContext {
  const products = new Map<string, string>();
  for (const { event } of lotEventsOf(envelopes)) for (const [lotId, productId] of lotProductsOf(event)) products.set(lotId, productId);
  const byId = new Map(envelopes.map((e) => [e.eventId, e]));
  return {
    masterData: masterDataLookupOf({ places: masterData.places, products: masterData.products, schemes: masterData.schemes }),
    productOfLot: (lotId) => products.get(lotId),
    recordedEvent: (eventId) => byId.get(eventId),
  };
}

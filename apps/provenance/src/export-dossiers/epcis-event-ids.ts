import type { EventEnvelope } from '#tamga/contracts';
import { type LotRenderingContext, renderLotEvent } from '#tamga/epcis';

/** How many eventIDs the cache keeps: a few dossiers' worth of events, a few megabytes. */
const CACHE_SIZE = 200_000;

/**
 * The EPCIS eventID (CBV 2.0 hash) of stored events, remembered by Tamga event id. Rendering and
 * hashing cost about 0.2 ms an event and a trace of a blended product holds thousands, while an
 * event's rendering never changes (it reads only immutable master data, ADR 0007): computing each
 * once per process keeps a repeated dossier cheap. Oldest entries go first when full.
 */
export class EpcisEventIds {
  private readonly ids = new Map<string, string>();

  /** The eventID of the EPCIS event a stored event renders to (for a correction, its corrective event). */
  of(envelope: EventEnvelope, context: LotRenderingContext): string {
    const key = keyOf(envelope);
    const known = this.ids.get(key);
    if (known) return known;
    const id = renderLotEvent(envelope, context)[0].eventID;
    if (this.ids.size >= CACHE_SIZE) this.ids.delete(this.ids.keys().next().value!);
    this.ids.set(key, id);
    return id;
  }
}

const MULTI_LOT = new Set(['lot.transformed', 'lot.split', 'lot.merged']);

/**
 * The copies of a multi-lot fact (one per lot, ADR 0009) carry the same data and render to the
 * same event (ADR 0007), so they share a key and are hashed once: a merge of 500 lots, once.
 */
function keyOf(envelope: EventEnvelope): string {
  return MULTI_LOT.has(envelope.type) ? `${envelope.type}\u0000${JSON.stringify(envelope.data)}` : envelope.eventId;
}

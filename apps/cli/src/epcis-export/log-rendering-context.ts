import type { EventEnvelope } from '#tamga/contracts';
import { type LotEvent, type MasterDataLookup, type Place, type Product, streamIdOf } from '#tamga/domain';
import { type LotRenderingContext, lotEventOf, lotProductsOf, masterDataReferencesOf } from '#tamga/epcis';
import type { StoredEvent } from '#tamga/event-store';

/** Reads streams of the log (an EventLogSnapshot). */
export type StreamReader = (streamIds: readonly string[]) => Promise<Map<string, StoredEvent[]>>;

/** A stored event as a lot event, or undefined for a type rendering will refuse (with the event named). */
function lotEventOrUndefined(envelope: EventEnvelope): LotEvent | undefined {
  try {
    return lotEventOf(envelope);
  } catch {
    return undefined;
  }
}

/**
 * The rendering context of an export that reads the log in batches. Before each batch is
 * rendered, prepare() loads what it refers to and has not been loaded yet: the master data of its
 * products and places (the last event of a `product/…` or `place/…` stream holds the whole latest
 * version, as capture's loader reads it), and the streams of the lots its corrections and
 * retractions point into. What it keeps grows with the master data and the number of lots (a
 * lot's product), not with the number of events; amended events are dropped after their batch.
 */
export class LogRenderingContext implements LotRenderingContext {
  private readonly products = new Map<string, Product | null>();
  private readonly places = new Map<string, Place | null>();
  private readonly lotProducts = new Map<string, string>();
  private amended = new Map<string, EventEnvelope>();

  readonly masterData: MasterDataLookup = {
    product: (id) => this.products.get(id) ?? undefined,
    place: (id) => this.places.get(id) ?? undefined,
    party: () => undefined,
    scheme: () => undefined,
    specialisations: () => [],
  };

  constructor(private readonly readStreams: StreamReader) {}

  productOfLot(lotId: string): string | undefined {
    return this.lotProducts.get(lotId);
  }

  recordedEvent(eventId: string): EventEnvelope | undefined {
    return this.amended.get(eventId);
  }

  /** Loads what rendering `batch` (in log order) needs. */
  async prepare(batch: readonly EventEnvelope[]): Promise<void> {
    const events = batch.map(lotEventOrUndefined).filter((e): e is LotEvent => e !== undefined);
    const amendedLots = events.filter((e) => e.type === 'lot.corrected' || e.type === 'lot.retracted').map((e) => e.data.lotId);
    const amendedStreams = await this.readStreams(amendedLots);
    this.amended = new Map([...amendedStreams.values()].flat().map((e) => [e.eventId, e]));
    const all = [...events, ...[...this.amended.values()].map(lotEventOrUndefined).filter((e): e is LotEvent => e !== undefined)];
    for (const [lotId, productId] of all.flatMap(lotProductsOf)) this.lotProducts.set(lotId, productId);
    const references = all.map(masterDataReferencesOf);
    const productIds = references.flatMap((r) => [...r.productIds, ...r.lotIds.flatMap((lot) => this.lotProducts.get(lot) ?? [])]);
    const placeIds = references.flatMap((r) => r.placeIds);
    await this.load([...new Set(productIds)].filter((id) => !this.products.has(id)), [...new Set(placeIds)].filter((id) => !this.places.has(id)));
  }

  private async load(productIds: readonly string[], placeIds: readonly string[]): Promise<void> {
    if (productIds.length + placeIds.length === 0) return;
    const streams = await this.readStreams([...productIds.map(streamIdOf.product), ...placeIds.map(streamIdOf.place)]);
    // A missing entity is remembered as null, so it is asked for once; rendering then names it.
    const latest = <T>(streamId: string): T | null => (streams.get(streamId) ?? []).at(-1)?.data as T ?? null;
    for (const id of productIds) this.products.set(id, latest<Product>(streamIdOf.product(id)));
    for (const id of placeIds) this.places.set(id, latest<Place>(streamIdOf.place(id)));
  }
}

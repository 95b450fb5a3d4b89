import { MasterDataLookup, Place, Product, streamIdOf } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';

/** How many products and places the process remembers for rendering: every one a season names, a few MB at most. */
const CACHE_LIMIT = 50_000;
const products = new Map<string, Product>();
const places = new Map<string, Place>();

function remember<T>(cache: Map<string, T>, id: string, value: T): void {
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(id, value);
}

/**
 * The products and places rendering a decided fact in EPCIS needs (its lots' GTINs, its places'
 * GLNs), over what the decision loaded. Rendering reads only GTINs and GLNs, which never change
 * after registration (ADR 0007), so any version of a product or place serves and is remembered
 * for the life of the process: a shipment names no product, yet its lot's GTIN is in its event.
 * What neither the decision nor the cache holds is read in one query.
 */
export async function renderingMasterData(
  eventStore: PostgresEventStore,
  loaded: MasterDataLookup,
  needs: { readonly productIds: readonly string[]; readonly placeIds: readonly string[] },
): Promise<MasterDataLookup> {
  for (const id of needs.productIds) {
    const product = loaded.product(id);
    if (product) remember(products, id, product);
  }
  for (const id of needs.placeIds) {
    const place = loaded.place(id);
    if (place) remember(places, id, place);
  }
  const missing = [
    ...needs.productIds.filter((id) => !products.has(id)).map(streamIdOf.product),
    ...needs.placeIds.filter((id) => !places.has(id)).map(streamIdOf.place),
  ];
  if (missing.length > 0) {
    const streams = await eventStore.readStreams(missing);
    for (const [streamId, events] of streams) {
      const latest = events.at(-1)?.data as (Product & Place) | undefined;
      if (!latest) continue;
      if (streamId.startsWith('product/')) remember(products, latest.productId, latest);
      else remember(places, latest.placeId, latest);
    }
  }
  return { ...loaded, product: (id) => products.get(id) ?? loaded.product(id), place: (id) => places.get(id) ?? loaded.place(id) };
}

import { LotEventRecord, LotStorySource, MasterDataReferences } from './lot-story-source';

function collect(event: LotEventRecord, products: Set<string>, places: Set<string>): void {
  const d = event.data;
  const add = (set: Set<string>, value: unknown) => typeof value === 'string' && set.add(value);
  add(products, d.productId);
  for (const key of ['villageId', 'placeId']) add(places, d[key]);
  for (const key of ['at', 'from', 'to', 'by']) add(places, (d[key] as { placeId?: unknown } | undefined)?.placeId);
  for (const key of ['inputs', 'outputs']) {
    if (Array.isArray(d[key])) for (const portion of d[key] as { productId?: unknown }[]) add(products, portion.productId);
  }
}

/**
 * The products, places and schemes a lot's story names: its product, the villages, harvest sites,
 * workshops and shops in its events and its upstream lots' events, and its certificates' schemes.
 * Places above them (districts, regions) are the loader's to follow.
 */
export function masterDataReferences(source: LotStorySource): MasterDataReferences {
  const products = new Set<string>([source.lot.productId, ...source.upstream.map((u) => u.lot.productId)]);
  const places = new Set<string>();
  for (const event of [...source.events, ...source.upstream.flatMap((u) => u.events)]) collect(event, products, places);
  return {
    productIds: [...products].sort(),
    placeIds: [...places].sort(),
    schemeIds: [...new Set(source.lot.certificates.map((c) => c.schemeId))].sort(),
  };
}

import { MasterDataRecords, ProductRecord } from './lot-story-source';
import { NamedThing, PlaceInContext } from './lot-story';
import { dateOf } from './live-events';
import { placeInContext } from './place-in-context';

/** A lot of a product as its page lists it. */
export interface RecentLotRecord {
  readonly lotId: string;
  readonly createdAt: string;
  readonly villageId: string | null;
  readonly version: number;
}

/** What `/01/{gtin}` shows: the product and its latest lots, each a link to its own story. */
export interface ProductStory {
  readonly code: { readonly gtin: string };
  readonly product: NamedThing & { readonly category: string };
  readonly lots: readonly { readonly lotId: string; readonly date: string; readonly village: PlaceInContext | null }[];
}

/** Tells a product's story from its record and its latest lots (newest first, as given). */
export function buildProductStory(product: ProductRecord, lots: readonly RecentLotRecord[], masterData: MasterDataRecords): ProductStory {
  return {
    code: { gtin: product.gtin },
    product: { id: product.productId, names: product.names, category: product.category },
    lots: lots.map((l) => ({ lotId: l.lotId, date: dateOf(l.createdAt), village: l.villageId ? placeInContext(l.villageId, masterData) : null })),
  };
}

/** The versions a product page depends on (its ETag's part, as storyStamp is a lot page's). */
export function productStamp(product: ProductRecord, lots: readonly RecentLotRecord[], masterData: MasterDataRecords): string {
  return [
    `product:${product.productId}@${product.version}`,
    ...lots.map((l) => `lot:${l.lotId}@${l.version}`),
    ...[...masterData.places.values()].map((p) => `place:${p.placeId}@${p.version}`).sort(),
  ].join('\n');
}

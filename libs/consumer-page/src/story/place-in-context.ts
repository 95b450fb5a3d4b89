import { MasterDataRecords } from './lot-story-source';
import { NamedThing, PlaceInContext } from './lot-story';

/** How far up a place's parents the page names (facility, village, district, region). */
const MAX_ANCESTORS = 4;

/** A place's names and those of the places above it, nearest first; an unregistered id keeps its id and no names. */
export function placeInContext(placeId: string, masterData: MasterDataRecords): PlaceInContext {
  const place = masterData.places.get(placeId);
  const within: NamedThing[] = [];
  let parentId = place?.parentId ?? null;
  while (parentId && within.length < MAX_ANCESTORS && !within.some((p) => p.id === parentId)) {
    const parent = masterData.places.get(parentId);
    within.push({ id: parentId, names: parent?.names ?? null });
    parentId = parent?.parentId ?? null;
  }
  return { id: placeId, names: place?.names ?? null, within };
}

/** A product's or scheme's names, or none when it is not (yet) in the read model. */
export function namedProduct(productId: string, masterData: MasterDataRecords): NamedThing {
  return { id: productId, names: masterData.products.get(productId)?.names ?? null };
}

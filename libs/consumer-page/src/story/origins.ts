import { LotEventRecord, MasterDataRecords } from './lot-story-source';
import { NamedThing, OriginGroup } from './lot-story';
import { dateOf, text } from './live-events';
import { namedProduct, placeInContext } from './place-in-context';

interface Harvest {
  readonly villageId: string;
  readonly producerId: string | null;
  readonly productId: string | null;
  readonly placeId: string | null;
  readonly date: string;
  readonly point: readonly [number, number] | null;
}

function harvestOf(event: LotEventRecord): Harvest | null {
  const villageId = text(event.data, 'villageId');
  if (!villageId) return null;
  const location = event.data.location as { latitude?: unknown; longitude?: unknown } | undefined;
  const point =
    typeof location?.latitude === 'number' && typeof location?.longitude === 'number'
      ? ([Math.round(location.longitude * 1000) / 1000, Math.round(location.latitude * 1000) / 1000] as const)
      : null;
  return {
    villageId,
    producerId: text(event.data, 'producerId'),
    productId: text(event.data, 'productId'),
    placeId: text(event.data, 'placeId'),
    date: dateOf(event.occurredAt),
    point,
  };
}

const distinct = <T>(values: readonly (T | null)[]): T[] => [...new Set(values.filter((v): v is T => v !== null))];

/**
 * The harvests a lot comes from, grouped by village (most harvests first): who harvested, what,
 * where and when. `harvestEvents` are the `lot.harvested` events of the lot itself or, for a lot
 * made from others, of every lot upstream of it.
 */
export function originGroups(harvestEvents: readonly LotEventRecord[], masterData: MasterDataRecords): OriginGroup[] {
  const byVillage = new Map<string, Harvest[]>();
  for (const harvest of harvestEvents.map(harvestOf)) {
    if (harvest) byVillage.set(harvest.villageId, [...(byVillage.get(harvest.villageId) ?? []), harvest]);
  }
  const groups = [...byVillage].map(([villageId, harvests]): OriginGroup => {
    const dates = harvests.map((h) => h.date).sort();
    const named = (ids: string[], of: (id: string) => NamedThing) => ids.sort().map(of);
    return {
      village: placeInContext(villageId, masterData),
      producerIds: distinct(harvests.map((h) => h.producerId)).sort(),
      products: named(distinct(harvests.map((h) => h.productId)), (id) => namedProduct(id, masterData)),
      sites: named(distinct(harvests.map((h) => h.placeId)), (id) => ({ id, names: masterData.places.get(id)?.names ?? null })),
      firstHarvest: dates[0],
      lastHarvest: dates[dates.length - 1],
      harvests: harvests.length,
      points: [...new Map(harvests.flatMap((h) => (h.point ? [[h.point.join(','), h.point] as const] : []))).values()],
    };
  });
  return groups.sort((a, b) => b.harvests - a.harvests || a.village.id.localeCompare(b.village.id));
}

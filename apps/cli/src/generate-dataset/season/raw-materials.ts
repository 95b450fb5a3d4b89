import { decideRecordHarvest, decideRecordMerge, decideRecordTransformation } from '#tamga/domain';
import { Outlet, VillageWorld } from '../world/dataset-world';
import { ProductKey, YIELD } from '../world/products';
import { Season, kgMilli } from './season';

/**
 * A village group's own harvests (`count` days' picking on its plot or pasture), each `minKg` to
 * `maxKg`, merged at its collection point; returns the merged lot, still with the group.
 */
export function groupHarvest(s: Season, village: VillageWorld, product: ProductKey, count: number, minKg: number, maxKg: number, day: number): string {
  const lots = Array.from({ length: count }, (_, k) => {
    const lotId = s.lotId('HV');
    s.book.record('harvest', decideRecordHarvest, village.group, {
      lotId,
      villageId: village.villageId,
      producerId: village.group.partyId,
      productId: s.world.product[product],
      quantity: kgMilli(s.random.int(minKg * 10, maxKg * 10) * 100),
      harvestedAt: s.days.at(day, 7 + (k % 5), (k * 11) % 60),
      location: { latitude: village.at[0], longitude: village.at[1] },
      placeId: village.groupSiteId,
    });
    return lotId;
  });
  const merged = s.lotId('CM');
  s.book.record('merge', decideRecordMerge, village.group, {
    transformationId: s.factId('MG'),
    inputs: lots.map((lotId) => ({ lotId, quantity: s.held(lotId, village.group) })),
    outputLotId: merged,
    placeId: village.workshopId,
    mergedAt: s.days.at(day + 1, 9),
  });
  return merged;
}

/** Sea-buckthorn picked by a berry village (6 to 10 days), merged and delivered to `to` two days later. */
export function berryCollection(s: Season, village: VillageWorld, to: Outlet, day: number): string {
  const lotId = groupHarvest(s, village, 'sea-buckthorn-berries', s.random.int(6, 10), 15, 40, day);
  s.deliver({ party: village.group, placeId: village.workshopId }, to, [lotId], day + 2, 8);
  return lotId;
}

/** Sugar beet of a beet village delivered to the sugar plant, extracted into beet sugar, delivered to `centre`. */
export function sugarLot(s: Season, village: VillageWorld, centre: Outlet, day: number): string {
  const plant = s.world.sugarPlant;
  const beet = groupHarvest(s, village, 'sugar-beet', 6, 300, 500, day);
  s.deliver({ party: village.group, placeId: village.workshopId }, plant, [beet], day + 1, 13);
  const beetMilli = s.heldMilli(beet, plant.party);
  const sugar = s.lotId('SG');
  s.book.record('transformation', decideRecordTransformation, plant.party, {
    transformationId: s.factId('TR'),
    process: 'extraction',
    placeId: plant.placeId,
    inputs: [{ lotId: beet, quantity: kgMilli(beetMilli) }],
    outputs: [{ lotId: sugar, productId: s.world.product['beet-sugar'], quantity: kgMilli(Math.round(beetMilli * YIELD.sugar)) }],
    transformedAt: s.days.at(day + 3, 10),
  });
  s.deliver(plant, centre, [sugar], day + 4, 8);
  return sugar;
}

import { decideRecordHarvest, decideRecordMerge, decideRecordTransformation } from '#tamga/domain';
import { VillageWorld } from '../world/dataset-world';
import { YIELD } from '../world/products';
import { groupHarvest } from './raw-materials';
import { exportLots, packUnits, sellUnits } from './retail';
import { Season, kgMilli, pieces } from './season';

/**
 * The soap workshop's batch of a cycle: the beeswax of the cycle's honey villages, mutton tallow
 * rendered by a herders' village, and sea-buckthorn oil pressed by a berry village, made into
 * Shakar soap (11 bars a kilogram), 60 bars packed and sold at a shop.
 */
export function soapBatch(s: Season, wax: readonly { village: VillageWorld; waxLotIds: readonly string[] }[], day: number): void {
  const workshop = s.world.soapWorkshop;
  for (const w of wax) s.deliver({ party: w.village.group, placeId: w.village.workshopId }, workshop, w.waxLotIds, day, 9);
  const [tallowVillage] = s.inTurn('tallow', s.world.tallowVillages);
  const tallow = groupHarvest(s, tallowVillage, 'mutton-tallow', 2, 30, 60, day - 3);
  s.deliver({ party: tallowVillage.group, placeId: tallowVillage.workshopId }, workshop, [tallow], day, 10);
  const [oilVillage] = s.inTurn('oil', s.world.berryVillages);
  const berries = groupHarvest(s, oilVillage, 'sea-buckthorn-berries', 2, 20, 40, day - 3);
  const berryMilli = s.heldMilli(berries, oilVillage.group);
  const oil = s.lotId('OL');
  s.book.record('transformation', decideRecordTransformation, oilVillage.group, {
    transformationId: s.factId('TR'), process: 'extraction', placeId: oilVillage.workshopId,
    inputs: [{ lotId: berries, quantity: kgMilli(berryMilli) }],
    outputs: [{ lotId: oil, productId: s.world.product['sea-buckthorn-oil'], quantity: kgMilli(Math.round(berryMilli * YIELD.oil)) }],
    transformedAt: s.days.at(day - 1, 10),
  });
  s.deliver({ party: oilVillage.group, placeId: oilVillage.workshopId }, workshop, [oil], day, 11);
  const inputs = [...wax.flatMap((w) => w.waxLotIds), tallow, oil].map((lotId) => ({ lotId, quantity: kgMilli(s.heldMilli(lotId, workshop.party)) }));
  const fatsKg = inputs.reduce((sum, i) => sum + i.quantity.amount, 0);
  const soap = s.lotId('SP');
  s.book.record('transformation', decideRecordTransformation, workshop.party, {
    transformationId: s.factId('TR'), process: 'soap-making', placeId: workshop.placeId, inputs,
    outputs: [{ lotId: soap, productId: s.world.product['shakar-soap'], quantity: pieces(Math.floor(fatsKg * YIELD.soapBarsPerKg)) }],
    transformedAt: s.days.at(day + 2, 10),
  });
  const bars = packUnits(s, workshop, soap, 60, 1000, true, s.days.at(day + 4, 10));
  const [shop] = s.inTurn('soap-shop', s.world.shops);
  s.deliver(workshop, shop, [soap], day + 5, 9);
  sellUnits(s, shop, soap, bars, 3, day + 7);
}

/**
 * A felt run of a wool village: six herders shear and deliver to the group, which merges the wool
 * and felts it into shyrdak rugs (0.3 a kilogram), packs them, and sends them to a shop (two sold)
 * or, one time in five, to an exporter, who ships them abroad.
 */
export function feltBatch(s: Season, village: VillageWorld, day: number): void {
  const group = { party: village.group, placeId: village.workshopId };
  const fleeces = Array.from({ length: 6 }, (_, k) => {
    const herder = s.nextMember(village);
    const lotId = s.lotId('HV');
    s.book.record('harvest', decideRecordHarvest, village.group, {
      lotId, villageId: village.villageId, producerId: herder.party.partyId, productId: s.world.product['sheep-wool'],
      quantity: kgMilli(s.random.int(200, 400) * 100), harvestedAt: s.days.at(day, 7 + k), location: { latitude: village.at[0], longitude: village.at[1] }, placeId: herder.siteId,
    });
    s.deliver({ party: herder.party, placeId: herder.siteId }, group, [lotId], day, 14);
    return lotId;
  });
  const wool = s.lotId('CM');
  s.book.record('merge', decideRecordMerge, village.group, {
    transformationId: s.factId('MG'), inputs: fleeces.map((lotId) => ({ lotId, quantity: s.held(lotId, village.group) })), outputLotId: wool, placeId: village.workshopId, mergedAt: s.days.at(day + 1, 9),
  });
  const woolMilli = s.heldMilli(wool, village.group);
  const rugs = s.lotId('RG');
  const count = Math.floor((woolMilli / 1000) * YIELD.rugsPerKg);
  s.book.record('transformation', decideRecordTransformation, village.group, {
    transformationId: s.factId('TR'), process: 'felting', placeId: village.workshopId,
    inputs: [{ lotId: wool, quantity: kgMilli(woolMilli) }],
    outputs: [{ lotId: rugs, productId: s.world.product['shyrdak-rug'], quantity: pieces(count) }],
    transformedAt: s.days.at(day + 6, 10),
  });
  const serials = packUnits(s, group, rugs, count, 1000, true, s.days.at(day + 7, 10));
  if (s.random.chance(0.2)) {
    const [exporter] = s.inTurn('rug-exporter', s.world.exporters);
    s.deliver(group, exporter, [rugs], day + 8, 9);
    exportLots(s, exporter, [rugs], 'rugs', s.days.at(day + 12, 11));
    return;
  }
  const [shop] = s.inTurn('rug-shop', s.world.shops);
  s.deliver(group, shop, [rugs], day + 8, 9);
  sellUnits(s, shop, rugs, serials, 2, day + 10);
}

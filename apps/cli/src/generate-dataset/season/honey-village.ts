import {
  decideCorrectEvent,
  decidePlaceHold,
  decideRecordHarvest,
  decideRecordInspection,
  decideRecordMerge,
  decideRecordTransformation,
  decideReleaseHold,
  decideRetractEvent,
} from '#tamga/domain';
import { Outlet, VillageWorld } from '../world/dataset-world';
import { YIELD } from '../world/products';
import { Season, kgMilli } from './season';

/** What a honey village hands on: its honey tank (at the region's centre) and its beeswax (still with the group). */
export interface VillageHoney {
  readonly tankLotId: string;
  readonly waxLotIds: readonly string[];
}

/**
 * A honey village's part of a cycle: three comb collections (each 6 to 10 beekeepers' harvests
 * delivered to the group's collection point, merged, and extracted into mountain honey and
 * beeswax), the three honeys merged into the village's tank, lab-tested (a tank over 20 % moisture
 * is held until a re-test passes), and shipped to the region's processing centre. Days from `day`.
 */
export function honeyVillage(s: Season, village: VillageWorld, centre: Outlet, day: number): VillageHoney {
  const group = { party: village.group, placeId: village.workshopId };
  const collections = [0, 4, 8].map((offset) => combCollection(s, village, day + offset));
  const tankLotId = s.lotId('TK');
  s.book.record('merge', decideRecordMerge, village.group, {
    transformationId: s.factId('MG'),
    inputs: collections.map((c) => ({ lotId: c.honeyLotId, quantity: s.held(c.honeyLotId, village.group) })),
    outputLotId: tankLotId,
    placeId: village.workshopId,
    mergedAt: s.days.at(day + 11, 9),
  });
  testTank(s, tankLotId, day + 11);
  s.deliver(group, centre, [tankLotId], day + 14, 8);
  return { tankLotId, waxLotIds: collections.map((c) => c.waxLotId) };
}

function combCollection(s: Season, village: VillageWorld, day: number): { honeyLotId: string; waxLotId: string } {
  const { random, book } = s;
  const group = { party: village.group, placeId: village.workshopId };
  const count = random.int(6, 10);
  const flagged = random.chance(0.04) ? random.int(0, count - 1) : -1;
  const corrected = random.chance(0.05) ? random.int(0, count - 1) : -1;
  const harvests = Array.from({ length: count }, (_, k) => {
    const member = s.nextMember(village);
    const lotId = s.lotId('HV');
    const milli = random.int(150, 450) * 100;
    const [harvest, flag] = book.record('harvest', decideRecordHarvest, village.group, {
      lotId,
      // A beekeeper who moved hives to a neighbouring village: accepted, and flagged for inspectors.
      villageId: k === flagged ? village.unregisteredNeighbourId : village.villageId,
      producerId: member.party.partyId,
      productId: s.world.product['comb-honey'],
      quantity: kgMilli(milli),
      harvestedAt: s.days.at(day, 6 + (k % 4), (k * 7) % 60),
      location: { latitude: jitter(village.at[0], random.float()), longitude: jitter(village.at[1], random.float()) },
      ...(k === flagged ? {} : { placeId: member.siteId }),
    });
    if (k === corrected) {
      // A weight typed with its digits swapped, put right by the group that recorded it.
      book.record('correction', decideCorrectEvent, village.group, {
        lotId, correctsEventId: harvest.eventId, reason: 'weight mistyped at the scale', quantity: kgMilli(milli - random.int(1, 40) * 100), correctedAt: s.days.at(day, 11),
      });
    }
    if (flag && random.chance(0.6)) {
      book.record('retraction', decideRetractEvent, random.pick(s.world.inspectors), {
        lotId, retractsEventId: flag.eventId, reason: 'hives moved for the flowering, origin checked', retractedAt: s.days.at(day, 11, 30),
      });
    }
    s.deliver({ party: member.party, placeId: member.siteId }, group, [lotId], day, 12);
    return lotId;
  });
  const combLotId = s.lotId('CM');
  book.record('merge', decideRecordMerge, village.group, {
    transformationId: s.factId('MG'),
    inputs: harvests.map((lotId) => ({ lotId, quantity: s.held(lotId, village.group) })),
    outputLotId: combLotId,
    placeId: village.workshopId,
    mergedAt: s.days.at(day + 1, 9),
  });
  const combMilli = s.held(combLotId, village.group).amount * 1000;
  const honeyLotId = s.lotId('XH');
  const waxLotId = s.lotId('XW');
  book.record('transformation', decideRecordTransformation, village.group, {
    transformationId: s.factId('TR'),
    process: 'extraction',
    placeId: village.workshopId,
    inputs: [{ lotId: combLotId, quantity: kgMilli(combMilli) }],
    outputs: [
      { lotId: honeyLotId, productId: s.world.product['mountain-honey'], quantity: kgMilli(Math.round(combMilli * YIELD.honey)) },
      { lotId: waxLotId, productId: s.world.product.beeswax, quantity: kgMilli(Math.round(combMilli * YIELD.wax)) },
    ],
    transformedAt: s.days.at(day + 2, 10),
  });
  return { honeyLotId, waxLotId };
}

/** The lab tests the tank; a moisture over 20 % fails, the lab holds the tank, and a re-test two days later passes and releases it. */
function testTank(s: Season, lotId: string, day: number): void {
  const { random, book } = s;
  const lab = random.pick(s.world.labs);
  const wet = random.chance(0.06);
  const results = (moisture: number) => [
    { parameter: 'moisture', value: moisture, unit: '%', max: 20 },
    { parameter: 'HMF', value: random.int(50, 300) / 10, unit: 'mg/kg', max: 40 },
    { parameter: 'diastase activity', value: random.int(85, 200) / 10, unit: 'Schade', min: 8 },
  ];
  const inspect = (moisture: number, at: string) =>
    book.record('inspection', decideRecordInspection, lab.party, {
      inspectionId: s.factId('IN'), lotId, results: results(moisture), inspectedAt: at, placeId: lab.placeId, report: { type: 'lab-report', id: s.factId('LR') },
    });
  inspect(wet ? random.int(204, 220) / 10 : random.int(165, 195) / 10, s.days.at(day, 15));
  if (!wet) return;
  const holdId = s.factId('HD');
  book.record('hold', decidePlaceHold, lab.party, { holdId, lotId, reason: 'moisture above 20 %: risk of fermentation', heldAt: s.days.at(day, 16) });
  inspect(random.int(175, 195) / 10, s.days.at(day + 2, 10));
  book.record('release', decideReleaseHold, lab.party, { holdId, lotId, reason: 're-test within limits after drying', releasedAt: s.days.at(day + 2, 12) });
}

/** A harvest spot within about two kilometres of the village centre. */
function jitter(value: number, r: number): number {
  return Math.round((value + (r - 0.5) * 0.04) * 1e5) / 1e5;
}

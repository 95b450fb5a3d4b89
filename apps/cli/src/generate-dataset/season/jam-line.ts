import { decideRecordInspection, decideRecordMerge, decideRecordSplit, decideRecordTransformation } from '#tamga/domain';
import { Outlet } from '../world/dataset-world';
import { YIELD } from '../world/products';
import { Season, kgMilli } from './season';

/** What a centre's jam line leaves: a honey batch for jars, and four jam lots for packing. */
export interface JamLineOutput {
  readonly honeyBatchLotId: string;
  readonly jamLotIds: readonly string[];
}

/**
 * A processing centre's run, the deep end of the dataset: the villages' honey tanks blended into
 * one honey, split into four batches; three of them each cooked with a village's sea-buckthorn and
 * a share of beet sugar into jam; the three jams merged into the day's lot, lab-tested, and split
 * into four lots for packing. A packing lot is 8 generations from the beekeepers' harvests:
 * harvest, comb collection, extraction, tank, blend, batch, cooking, day's lot, packing lot.
 */
export function jamLine(s: Season, centre: Outlet, tankLotIds: readonly string[], berryLotIds: readonly string[], sugarLotId: string, day: number): JamLineOutput {
  const { book } = s;
  const at = (d: number, hour: number) => s.days.at(day + d, hour);
  const tanksMilli = tankLotIds.map((lotId) => s.heldMilli(lotId, centre.party));
  const blend = s.lotId('BL');
  book.record('transformation', decideRecordTransformation, centre.party, {
    transformationId: s.factId('TR'),
    process: 'blending',
    placeId: centre.placeId,
    inputs: tankLotIds.map((lotId, i) => ({ lotId, quantity: kgMilli(tanksMilli[i]) })),
    outputs: [{ lotId: blend, productId: s.world.product['blended-honey'], quantity: kgMilli(Math.round(sum(tanksMilli) * YIELD.blend)) }],
    transformedAt: at(0, 10),
  });
  const batches = split(s, centre, blend, 4, 'SB', at(1, 9));
  const sugarShares = shares(s.heldMilli(sugarLotId, centre.party), berryLotIds.length);
  const jams = berryLotIds.map((berries, k) => {
    const honey = batches[k + 1];
    const inputs = [
      { lotId: honey, quantity: kgMilli(s.heldMilli(honey, centre.party)) },
      { lotId: berries, quantity: kgMilli(s.heldMilli(berries, centre.party)) },
      { lotId: sugarLotId, quantity: kgMilli(sugarShares[k]) },
    ];
    const jam = s.lotId('JM');
    book.record('transformation', decideRecordTransformation, centre.party, {
      transformationId: s.factId('TR'),
      process: 'cooking',
      placeId: centre.placeId,
      inputs,
      outputs: [{ lotId: jam, productId: s.world.product['honey-jam'], quantity: kgMilli(Math.round(sum(inputs.map((i) => i.quantity.amount * 1000)) * YIELD.jam)) }],
      transformedAt: at(2, 9 + 3 * k),
    });
    return jam;
  });
  const dayLot = s.lotId('JD');
  book.record('merge', decideRecordMerge, centre.party, {
    transformationId: s.factId('MG'),
    inputs: jams.map((lotId) => ({ lotId, quantity: s.held(lotId, centre.party) })),
    outputLotId: dayLot,
    placeId: centre.placeId,
    mergedAt: at(3, 9),
  });
  const lab = s.random.pick(s.world.labs);
  book.record('inspection', decideRecordInspection, lab.party, {
    inspectionId: s.factId('IN'),
    lotId: dayLot,
    results: [
      { parameter: 'soluble solids', value: s.random.int(600, 680) / 10, unit: '°Brix', min: 55 },
      { parameter: 'yeasts and moulds', value: s.random.int(0, 40), unit: 'CFU/g', max: 50 },
    ],
    inspectedAt: at(3, 14),
    placeId: lab.placeId,
    report: { type: 'lab-report', id: s.factId('LR') },
  });
  return { honeyBatchLotId: batches[0], jamLotIds: split(s, centre, dayLot, 4, 'JP', at(4, 9)) };
}

/** Splits all the holder has of a lot into `count` new lots of near-equal size. */
export function split(s: Season, holder: Outlet, lotId: string, count: number, code: string, at: string): string[] {
  const outputs = shares(s.heldMilli(lotId, holder.party), count).map((milli) => ({ lotId: s.lotId(code), quantity: kgMilli(milli) }));
  s.book.record('split', decideRecordSplit, holder.party, { transformationId: s.factId('SP'), lotId, placeId: holder.placeId, outputs, splitAt: at });
  return outputs.map((o) => o.lotId);
}

/** `total` thousandths in `count` whole shares adding up exactly (the last takes the remainder). */
function shares(total: number, count: number): number[] {
  const each = Math.floor(total / count);
  return Array.from({ length: count }, (_, i) => (i === count - 1 ? total - each * (count - 1) : each));
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

import { PARTIES } from '../lot-world.testing';
import { Scenario, combHoneyHarvest, expectRefusal, givenCombHoney, scenario } from '../lot-scenario.testing';
import { decideRecordHarvest } from '../record-harvest/decide-record-harvest';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordMerge } from './decide-record-merge';
import { RecordMerge } from './record-merge.command';

const { asel, shop, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const merge = (a: number, b: number, overrides: Partial<RecordMerge> = {}): RecordMerge => ({
  transformationId: 'MG-1',
  inputs: [
    { lotId: 'TMG-1', quantity: kg(a) },
    { lotId: 'TMG-2', quantity: kg(b) },
  ],
  outputLotId: 'POOL-1',
  placeId: 'apiary:tamga-1',
  mergedAt: '2026-07-20T08:00:00+06:00',
  ...overrides,
});

/** Asel holds two lots of comb honey, 42.5 kg and 10 kg. */
function twoHarvests(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  givenCombHoney(s, 'TMG-2', 10);
  return s;
}

describe('record a merge', () => {
  it('given two lots of one product, pools them into a new lot holding exactly their sum: one lot.merged on every lot', () => {
    const events = twoHarvests().when(asel, decideRecordMerge, merge(40, 10));
    const fact = {
      type: 'lot.merged',
      schemaVersion: 1,
      data: {
        transformationId: 'MG-1',
        placeId: 'apiary:tamga-1',
        inputs: [
          { lotId: 'TMG-1', productId: 'product:comb-honey', quantity: { amount: 40, unit: 'KGM' } },
          { lotId: 'TMG-2', productId: 'product:comb-honey', quantity: { amount: 10, unit: 'KGM' } },
        ],
        outputs: [{ lotId: 'POOL-1', productId: 'product:comb-honey', quantity: { amount: 50, unit: 'KGM' } }],
        mergedAt: '2026-07-20T02:00:00.000Z',
      },
    };
    expect(events).toEqual([
      { lotId: 'TMG-1', event: fact },
      { lotId: 'TMG-2', event: fact },
      { lotId: 'POOL-1', event: fact },
    ]);
  });

  it('adds up exactly in thousandths (0.1 kg + 0.2 kg is 0.3 kg)', () => {
    const [{ event }] = twoHarvests().when(asel, decideRecordMerge, merge(0.1, 0.2));
    expect(event.type === 'lot.merged' && event.data.outputs[0].quantity).toEqual({ amount: 0.3, unit: 'KGM' });
  });

  it('takes exactly what is on hand, refuses a thousandth of a kilogram more from either input (all or nothing)', () => {
    const s = twoHarvests();
    expect(s.when(asel, decideRecordMerge, merge(42.5, 10))).toHaveLength(3);
    expectRefusal(() => s.when(asel, decideRecordMerge, merge(42.5, 10.001)), {
      code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
      kind: 'conflict',
      field: 'inputs[1].quantity',
      rule: 'mass-balance',
      lotId: 'TMG-2',
      requested: { amount: 10.001, unit: 'KGM' },
      onHand: { amount: 10, unit: 'KGM' },
    });
  });

  it('refuses to merge lots of different products: blending is a transformation', () => {
    const s = twoHarvests();
    s.given(asel, decideRecordHarvest, combHoneyHarvest('SBT-1', 20, { productId: 'product:sea-buckthorn' }));
    expectRefusal(() => s.when(asel, decideRecordMerge, merge(40, 10, { inputs: [{ lotId: 'TMG-1', quantity: kg(40) }, { lotId: 'SBT-1', quantity: kg(10) }] })), {
      code: 'FACT.MIXED_PRODUCTS',
      kind: 'invalid',
      field: 'inputs[1].lotId',
      rule: 'same-product',
      productId: 'product:sea-buckthorn',
    });
  });

  it('refuses a single input: that is not a merge', () => {
    expectRefusal(() => twoHarvests().when(asel, decideRecordMerge, merge(40, 10, { inputs: [{ lotId: 'TMG-1', quantity: kg(40) }] })), {
      code: 'FACT.TOO_FEW_INPUTS',
      kind: 'invalid',
      field: 'inputs',
      rule: 'at-least',
      min: 2,
    });
  });

  it('refuses a recalled input', () => {
    const s = twoHarvests();
    s.given(asel, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-2', reason: 'smoke taint', scope: 'whole-lot', recalledAt: '2026-07-16T00:00:00Z' });
    expectRefusal(() => s.when(asel, decideRecordMerge, merge(40, 10)), {
      code: 'LIFECYCLE.RECALLED',
      kind: 'conflict',
      field: 'inputs[1].lotId',
      rule: 'not-recalled',
      recallId: 'RC-1',
    });
  });

  it('refuses an output lot id that is taken, pointing at outputLotId', () => {
    const s = twoHarvests();
    givenCombHoney(s, 'POOL-1', 1);
    expectRefusal(() => s.when(asel, decideRecordMerge, merge(40, 10)), {
      code: 'LOT.ALREADY_EXISTS',
      kind: 'conflict',
      field: 'outputLotId',
      rule: 'new-lot',
      lotId: 'POOL-1',
    });
  });

  it('refuses a shop merging lots (403) and a merge at a place the producer does not operate (403)', () => {
    const s = twoHarvests();
    expectRefusal(() => s.when(shop, decideRecordMerge, merge(40, 10, { placeId: 'shop:ovop-bishkek' })), {
      code: 'ACCESS.ROLE_REQUIRED',
      kind: 'forbidden',
      field: null,
      rule: 'role',
      required: ['producer', 'processor'],
      held: ['shop'],
    });
    expectRefusal(() => s.when(asel, decideRecordMerge, merge(40, 10, { placeId: 'workshop:karakol' })), {
      code: 'ACCESS.PLACE_NOT_OPERATED',
      kind: 'forbidden',
      field: 'placeId',
      rule: 'operated-place',
    });
  });

  it('refuses an inspector, who holds no lots to pool (403)', () => {
    expectRefusal(() => twoHarvests().when(inspector, decideRecordMerge, merge(40, 10)), {
      code: 'ACCESS.ROLE_REQUIRED',
      kind: 'forbidden',
      field: null,
      rule: 'role',
      held: ['inspector'],
    });
  });
});

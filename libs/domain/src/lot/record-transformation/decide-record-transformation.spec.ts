import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, combHoneyHarvest, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordHarvest } from '../record-harvest/decide-record-harvest';
import { decideRecordTransformation } from './decide-record-transformation';
import { RecordTransformation } from './record-transformation.command';

const { asel, processor, shop, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const extraction = (honey: number, wax: number, overrides: Partial<RecordTransformation> = {}): RecordTransformation => ({
  transformationId: 'TR-1',
  process: 'extraction',
  placeId: 'workshop:karakol',
  inputs: [{ lotId: 'TMG-1', quantity: kg(100) }],
  outputs: [
    { lotId: 'HNY-1', productId: 'product:sainfoin-honey', quantity: kg(honey) },
    { lotId: 'WAX-1', productId: 'product:beeswax', quantity: kg(wax) },
  ],
  transformedAt: '2026-08-03T10:00:00+06:00',
  ...overrides,
});

/** The processor holds 100 kg of comb honey (TMG-1) at its Karakol workshop. */
function atTheWorkshop(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 100);
  givenDelivered(s, 'TMG-1', 100, asel, processor, 'SH-1');
  return s;
}

describe('record a transformation', () => {
  it('given comb honey at the workshop, extracts honey and beeswax: one lot.transformed, recorded whole on every lot it touches', () => {
    const events = atTheWorkshop().when(processor, decideRecordTransformation, extraction(75, 8));
    const transformed = {
      type: 'lot.transformed',
      schemaVersion: 1,
      data: {
        transformationId: 'TR-1',
        process: 'extraction',
        placeId: 'workshop:karakol',
        inputs: [{ lotId: 'TMG-1', productId: 'product:comb-honey', quantity: { amount: 100, unit: 'KGM' } }],
        outputs: [
          { lotId: 'HNY-1', productId: 'product:sainfoin-honey', quantity: { amount: 75, unit: 'KGM' } },
          { lotId: 'WAX-1', productId: 'product:beeswax', quantity: { amount: 8, unit: 'KGM' } },
        ],
        transformedAt: '2026-08-03T04:00:00.000Z',
      },
    };
    expect(events).toEqual([
      { lotId: 'TMG-1', event: transformed },
      { lotId: 'HNY-1', event: transformed },
      { lotId: 'WAX-1', event: transformed },
    ]);
    expect(new Set(events.map((e) => e.event)).size).toBe(1);
  });

  it('takes part of an input lot; the rest stays with the processor', () => {
    const s = atTheWorkshop();
    s.given(processor, decideRecordTransformation, extraction(30, 4, { inputs: [{ lotId: 'TMG-1', quantity: kg(40) }] }));
    expect(s.lot('TMG-1')).toMatchObject({ status: 'active', holdings: [{ partyId: 'processor:karakol-honey', milli: 60_000 }] });
  });

  describe('yield bounds (honey 0.6..0.85, beeswax 0.01..0.15 of comb honey)', () => {
    it.each([
      [60, 8],
      [85, 8],
      [75, 1],
      [75, 15],
    ])('accepts %p kg of honey and %p kg of wax from 100 kg', (honey, wax) => {
      expect(atTheWorkshop().when(processor, decideRecordTransformation, extraction(honey, wax))).toHaveLength(3);
    });

    it.each([
      ['honey', 59.999, 8, 'outputs[0].quantity', 'product:sainfoin-honey', 0.6, 0.85],
      ['honey', 85.001, 8, 'outputs[0].quantity', 'product:sainfoin-honey', 0.6, 0.85],
      ['wax', 75, 0.999, 'outputs[1].quantity', 'product:beeswax', 0.01, 0.15],
      ['wax', 75, 15.001, 'outputs[1].quantity', 'product:beeswax', 0.01, 0.15],
    ])('refuses %s a thousandth of a kilogram outside its bound (%p kg honey, %p kg wax)', (_, honey, wax, field, productId, min, max) => {
      expectRefusal(() => atTheWorkshop().when(processor, decideRecordTransformation, extraction(honey, wax)), {
        code: 'YIELD.OUT_OF_BOUNDS',
        kind: 'invalid',
        field,
        rule: 'yield-bounds',
        productId,
        min,
        max,
        inputTotal: 100,
        outputTotal: productId === 'product:beeswax' ? wax : honey,
      });
    });

    it('judges the yield over the summed inputs of one product, and over the summed outputs of one product', () => {
      const s = scenario();
      givenCombHoney(s, 'TMG-1', 60);
      givenCombHoney(s, 'TMG-2', 40);
      const events = s.when(asel, decideRecordTransformation, {
        ...extraction(0, 0),
        placeId: 'apiary:tamga-1',
        inputs: [{ lotId: 'TMG-1', quantity: kg(60) }, { lotId: 'TMG-2', quantity: kg(40) }],
        outputs: [
          { lotId: 'HNY-1', productId: 'product:sainfoin-honey', quantity: kg(50) },
          { lotId: 'HNY-2', productId: 'product:sainfoin-honey', quantity: kg(35) },
        ],
      });
      expect(events.map((e) => e.lotId)).toEqual(['TMG-1', 'TMG-2', 'HNY-1', 'HNY-2']);
    });

    it('refuses an output product with no yield bound for this process and these inputs', () => {
      expectRefusal(() => atTheWorkshop().when(processor, decideRecordTransformation, { ...extraction(75, 8), process: 'cooking' }), {
        code: 'YIELD.NO_BOUND',
        kind: 'invalid',
        field: 'outputs[0].quantity',
        rule: 'yield-bound-registered',
        productId: 'product:sainfoin-honey',
        process: 'cooking',
        inputProductIds: ['product:comb-honey'],
      });
    });

    it('refuses jam cooked from berries alone: its bound is for berries and sugar together', () => {
      const s = scenario();
      s.given(asel, decideRecordHarvest, combHoneyHarvest('SBT-1', 100, { productId: 'product:sea-buckthorn' }));
      expectRefusal(
        () =>
          s.when(asel, decideRecordTransformation, {
            ...extraction(0, 0),
            process: 'cooking',
            placeId: 'apiary:tamga-1',
            inputs: [{ lotId: 'SBT-1', quantity: kg(100) }],
            outputs: [{ lotId: 'JAM-1', productId: 'product:sea-buckthorn-jam', quantity: kg(80) }],
          }),
        { code: 'YIELD.NO_BOUND', kind: 'invalid', field: 'outputs[0].quantity', rule: 'yield-bound-registered', inputProductIds: ['product:sea-buckthorn'] },
      );
    });
  });

  describe('mass balance and custody', () => {
    it('takes exactly what the processor holds, refuses a thousandth of a kilogram more', () => {
      const s = atTheWorkshop();
      expect(s.when(processor, decideRecordTransformation, extraction(75, 8))).toHaveLength(3);
      expectRefusal(() => s.when(processor, decideRecordTransformation, extraction(75, 8, { inputs: [{ lotId: 'TMG-1', quantity: kg(100.001) }] })), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'inputs[0].quantity',
        rule: 'mass-balance',
        requested: { amount: 100.001, unit: 'KGM' },
        onHand: { amount: 100, unit: 'KGM' },
      });
    });

    it('refuses to process a lot the actor does not hold (403)', () => {
      const s = scenario();
      givenCombHoney(s, 'TMG-1', 100);
      expectRefusal(() => s.when(processor, decideRecordTransformation, extraction(75, 8)), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'inputs[0].quantity',
        rule: 'custodian',
        custodians: ['producer:asel'],
      });
    });

    it('refuses a party that is neither producer nor processor (403)', () => {
      expectRefusal(() => atTheWorkshop().when(shop, decideRecordTransformation, { ...extraction(75, 8), placeId: 'shop:ovop-bishkek' }), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['producer', 'processor'],
        held: ['shop'],
      });
    });

    it('refuses a workshop the processor does not operate (403)', () => {
      expectRefusal(() => atTheWorkshop().when(processor, decideRecordTransformation, { ...extraction(75, 8), placeId: 'apiary:tamga-1' }), {
        code: 'ACCESS.PLACE_NOT_OPERATED',
        kind: 'forbidden',
        field: 'placeId',
        rule: 'operated-place',
      });
    });
  });

  describe('all or nothing', () => {
    it('refuses the whole fact when one of its inputs is held', () => {
      const s = scenario();
      givenCombHoney(s, 'TMG-1', 60);
      givenCombHoney(s, 'TMG-2', 40);
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-2', reason: 'pending HMF result', heldAt: '2026-07-20T00:00:00Z' });
      expectRefusal(
        () =>
          s.when(asel, decideRecordTransformation, {
            ...extraction(75, 8),
            placeId: 'apiary:tamga-1',
            inputs: [{ lotId: 'TMG-1', quantity: kg(60) }, { lotId: 'TMG-2', quantity: kg(40) }],
          }),
        { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'inputs[1].lotId', rule: 'not-held', holdIds: ['H-1'] },
      );
    });

    it('refuses an output lot id that is taken', () => {
      const s = atTheWorkshop();
      givenCombHoney(s, 'WAX-1', 1);
      expectRefusal(() => s.when(processor, decideRecordTransformation, extraction(75, 8)), {
        code: 'LOT.ALREADY_EXISTS',
        kind: 'conflict',
        field: 'outputs[1].lotId',
        rule: 'new-lot',
        lotId: 'WAX-1',
      });
    });
  });

  describe('the fact itself', () => {
    it('refuses no inputs, no outputs, and a lot named as both input and output', () => {
      const s = atTheWorkshop();
      expectRefusal(() => s.when(processor, decideRecordTransformation, extraction(75, 8, { inputs: [] })), {
        code: 'FACT.NO_INPUTS',
        kind: 'invalid',
        field: 'inputs',
        rule: 'at-least-one',
      });
      expectRefusal(() => s.when(processor, decideRecordTransformation, extraction(75, 8, { outputs: [] })), {
        code: 'FACT.TOO_FEW_OUTPUTS',
        kind: 'invalid',
        field: 'outputs',
        rule: 'at-least',
        min: 1,
      });
      expectRefusal(
        () => s.when(processor, decideRecordTransformation, extraction(75, 8, { outputs: [{ lotId: 'TMG-1', productId: 'product:sainfoin-honey', quantity: kg(75) }] })),
        { code: 'FACT.LOT_TWICE', kind: 'invalid', field: 'inputs', rule: 'distinct-lots', lotId: 'TMG-1' },
      );
    });

    it('refuses more than 50 lots in one fact', () => {
      const outputs = Array.from({ length: 50 }, (_, i) => ({ lotId: `HNY-${i}`, productId: 'product:sainfoin-honey', quantity: kg(1) }));
      expectRefusal(() => atTheWorkshop().when(processor, decideRecordTransformation, extraction(75, 8, { outputs })), {
        code: 'FACT.TOO_MANY_LOTS',
        kind: 'invalid',
        field: 'inputs',
        rule: 'max-lots',
        max: 50,
      });
    });

    it('refuses an unknown process and an unregistered output product', () => {
      const s = atTheWorkshop();
      expectRefusal(() => s.when(processor, decideRecordTransformation, { ...extraction(75, 8), process: 'alchemy' }), {
        code: 'MASTER_DATA.UNKNOWN_VALUE',
        kind: 'invalid',
        field: 'process',
        rule: 'known-value',
        value: 'alchemy',
      });
      expectRefusal(
        () => s.when(processor, decideRecordTransformation, extraction(75, 8, { outputs: [{ lotId: 'MEAD-1', productId: 'product:mead', quantity: kg(75) }] })),
        { code: 'REFERENCE.UNKNOWN_PRODUCT', kind: 'invalid', field: 'outputs[0].productId', rule: 'registered-product' },
      );
    });

    it('refuses a transformation dated before its youngest input existed', () => {
      const s = scenario();
      givenCombHoney(s, 'TMG-1', 60);
      s.given(asel, decideRecordHarvest, combHoneyHarvest('TMG-2', 40, { harvestedAt: '2026-07-20T00:00:00Z' }));
      const both = { placeId: 'apiary:tamga-1', inputs: [{ lotId: 'TMG-1', quantity: kg(60) }, { lotId: 'TMG-2', quantity: kg(40) }] };
      expect(s.when(asel, decideRecordTransformation, extraction(75, 8, { ...both, transformedAt: '2026-07-20T00:00:00Z' }))).toHaveLength(4);
      expectRefusal(() => s.when(asel, decideRecordTransformation, extraction(75, 8, { ...both, transformedAt: plusMs('2026-07-20T00:00:00Z', -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'transformedAt',
        rule: 'not-before-lot',
        lotId: 'TMG-2',
        lotCreatedAt: '2026-07-20T00:00:00.000Z',
      });
      expect(HARVESTED_AT < '2026-07-20T00:00:00.000Z').toBe(true);
    });
  });
});

import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordSplit } from './decide-record-split';
import { RecordSplit } from './record-split.command';

const { asel, processor, lab } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const split = (a: number, b: number, overrides: Partial<RecordSplit> = {}): RecordSplit => ({
  transformationId: 'SP-1',
  lotId: 'TMG-1',
  placeId: 'apiary:tamga-1',
  outputs: [
    { lotId: 'TMG-1A', quantity: kg(a) },
    { lotId: 'TMG-1B', quantity: kg(b) },
  ],
  splitAt: '2026-07-16T08:00:00+06:00',
  ...overrides,
});

function withHarvest(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  return s;
}

describe('record a split', () => {
  it('given a lot Asel holds, divides it into new lots of the same product: one lot.split on every lot it touches', () => {
    const events = withHarvest().when(asel, decideRecordSplit, split(20, 22.5));
    const fact = {
      type: 'lot.split',
      schemaVersion: 1,
      data: {
        transformationId: 'SP-1',
        placeId: 'apiary:tamga-1',
        inputs: [{ lotId: 'TMG-1', productId: 'product:comb-honey', quantity: { amount: 42.5, unit: 'KGM' } }],
        outputs: [
          { lotId: 'TMG-1A', productId: 'product:comb-honey', quantity: { amount: 20, unit: 'KGM' } },
          { lotId: 'TMG-1B', productId: 'product:comb-honey', quantity: { amount: 22.5, unit: 'KGM' } },
        ],
        splitAt: '2026-07-16T02:00:00.000Z',
      },
    };
    expect(events).toEqual([
      { lotId: 'TMG-1', event: fact },
      { lotId: 'TMG-1A', event: fact },
      { lotId: 'TMG-1B', event: fact },
    ]);
  });

  it('takes what the outputs add up to, converted to the lot unit; the rest stays in the source lot', () => {
    const s = withHarvest();
    s.given(asel, decideRecordSplit, split(10, 0, { outputs: [{ lotId: 'TMG-1A', quantity: kg(10) }, { lotId: 'TMG-1B', quantity: { amount: 2500, unit: 'g' } }] }));
    expect(s.lot('TMG-1').holdings).toEqual([{ partyId: 'producer:asel', placeId: 'apiary:tamga-1', milli: 30_000 }]);
    expect(s.lot('TMG-1B').holdings).toEqual([{ partyId: 'producer:asel', placeId: 'apiary:tamga-1', milli: 2_500 }]);
  });

  describe('mass balance', () => {
    it('splits exactly what is on hand, refuses outputs adding up to a thousandth of a kilogram more', () => {
      const s = withHarvest();
      expect(s.when(asel, decideRecordSplit, split(20, 22.5))).toHaveLength(3);
      expectRefusal(() => s.when(asel, decideRecordSplit, split(20, 22.501)), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'outputs',
        rule: 'mass-balance',
        lotId: 'TMG-1',
        requested: { amount: 42.501, unit: 'KGM' },
        onHand: { amount: 42.5, unit: 'KGM' },
      });
    });

    it('refuses an output amount with a fourth decimal', () => {
      expectRefusal(() => withHarvest().when(asel, decideRecordSplit, split(20, 2.0005)), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'outputs[1].quantity.amount',
        rule: 'max-three-decimals',
      });
    });
  });

  describe('custody and roles', () => {
    it('refuses a party that does not hold the lot (403)', () => {
      expectRefusal(() => withHarvest().when(processor, decideRecordSplit, split(20, 22.5, { placeId: 'workshop:karakol' })), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'outputs',
        rule: 'custodian',
        custodians: ['producer:asel'],
      });
    });

    it('refuses a lab, which does not process lots (403)', () => {
      expectRefusal(() => withHarvest().when(lab, decideRecordSplit, split(20, 22.5)), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['producer', 'processor'],
        held: ['lab'],
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses a held lot, pointing at its lotId', () => {
      const s = withHarvest();
      s.given(lab, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'moisture test pending', heldAt: '2026-07-15T12:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordSplit, split(20, 22.5)), {
        code: 'LIFECYCLE.HELD',
        kind: 'conflict',
        field: 'lotId',
        rule: 'not-held',
        holdIds: ['H-1'],
      });
    });

    it('refuses an unrecorded lot (404)', () => {
      expectRefusal(() => withHarvest().when(asel, decideRecordSplit, split(20, 22.5, { lotId: 'TMG-404' })), {
        code: 'LOT.NOT_FOUND',
        kind: 'not-found',
        field: 'lotId',
        rule: 'recorded-lot',
      });
    });

    it('accepts a split dated the instant the lot was harvested, refuses one a millisecond earlier', () => {
      const s = withHarvest();
      expect(s.when(asel, decideRecordSplit, split(20, 22.5, { splitAt: HARVESTED_AT }))).toHaveLength(3);
      expectRefusal(() => s.when(asel, decideRecordSplit, split(20, 22.5, { splitAt: plusMs(HARVESTED_AT, -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'splitAt',
        rule: 'not-before-lot',
        lotCreatedAt: HARVESTED_AT,
      });
    });
  });

  describe('the fact itself', () => {
    it('refuses fewer than two outputs: that is not a split', () => {
      expectRefusal(() => withHarvest().when(asel, decideRecordSplit, split(20, 0, { outputs: [{ lotId: 'TMG-1A', quantity: kg(20) }] })), {
        code: 'FACT.TOO_FEW_OUTPUTS',
        kind: 'invalid',
        field: 'outputs',
        rule: 'at-least',
        min: 2,
      });
    });

    it('refuses an output named like the source lot', () => {
      expectRefusal(() => withHarvest().when(asel, decideRecordSplit, split(20, 0, { outputs: [{ lotId: 'TMG-1A', quantity: kg(20) }, { lotId: 'TMG-1', quantity: kg(2) }] })), {
        code: 'FACT.LOT_TWICE',
        kind: 'invalid',
        field: 'outputs',
        rule: 'distinct-lots',
        lotId: 'TMG-1',
      });
    });

    it('refuses an output lot id that is taken', () => {
      const s = withHarvest();
      givenCombHoney(s, 'TMG-1B', 1);
      expectRefusal(() => s.when(asel, decideRecordSplit, split(20, 22.5)), {
        code: 'LOT.ALREADY_EXISTS',
        kind: 'conflict',
        field: 'outputs[1].lotId',
        rule: 'new-lot',
      });
    });
  });
});

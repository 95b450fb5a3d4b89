import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordPacking } from './decide-record-packing';
import { RecordPacking } from './record-packing.command';

const { asel, processor, shop, inspector } = PARTIES;
const jars = (from: number, count: number) => Array.from({ length: count }, (_, i) => `J${from + i}`);
const packing = (serials: string[], overrides: Partial<RecordPacking> = {}): RecordPacking => ({
  packingId: 'P-1',
  lotId: 'TMG-1',
  placeId: 'apiary:tamga-1',
  unitSize: { amount: 500, unit: 'g' },
  serials,
  packedAt: '2026-07-20T10:00:00+06:00',
  ...overrides,
});

/** Asel holds 10 kg of comb honey. */
function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  return s;
}

describe('record a packing', () => {
  it('given a lot Asel holds, records lot.packed with the unit size in the lot unit and the serials in order', () => {
    expect(withHoney().when(asel, decideRecordPacking, packing(['J1', 'J2', 'J3']))).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.packed',
          schemaVersion: 1,
          data: {
            packingId: 'P-1',
            lotId: 'TMG-1',
            placeId: 'apiary:tamga-1',
            unitSize: { amount: 0.5, unit: 'KGM' },
            serials: ['J1', 'J2', 'J3'],
            packedAt: '2026-07-20T04:00:00.000Z',
          },
        },
      },
    ]);
  });

  describe('mass balance', () => {
    it('packs units holding exactly what is on hand, refuses a thousandth of a kilogram more', () => {
      const s = withHoney();
      expect(s.when(asel, decideRecordPacking, packing(jars(1, 20)))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideRecordPacking, packing(['BIG-1'], { unitSize: { amount: 10.001, unit: 'kg' } })), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'serials',
        rule: 'mass-balance',
        requested: { amount: 10.001, unit: 'KGM' },
        onHand: { amount: 10, unit: 'KGM' },
      });
    });

    it('counts the units packed before and not yet sold', () => {
      const s = withHoney();
      s.given(asel, decideRecordPacking, packing(jars(1, 16)));
      expect(s.when(asel, decideRecordPacking, packing(jars(17, 4), { packingId: 'P-2' }))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideRecordPacking, packing(jars(17, 5), { packingId: 'P-2' })), {
        code: 'MASS_BALANCE.PACKED_EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'serials',
        rule: 'mass-balance',
        packedBefore: { amount: 8, unit: 'KGM' },
        packing: { amount: 2.5, unit: 'KGM' },
        onHand: { amount: 10, unit: 'KGM' },
      });
    });

    it('refuses a unit size that would need a fourth decimal', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1'], { unitSize: { amount: 0.0005, unit: 'kg' } })), {
        code: 'QUANTITY.INVALID',
        kind: 'invalid',
        field: 'unitSize.amount',
        rule: 'max-three-decimals',
      });
    });
  });

  describe('serials', () => {
    it('refuses a serial already packed in the lot, even once its unit is sold', () => {
      const s = withHoney();
      s.given(asel, decideRecordPacking, packing(['J1', 'J2']));
      givenDelivered(s, 'TMG-1', 1, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', serials: ['J1'], soldAt: '2026-08-02T06:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordPacking, packing(['J3', 'J1'], { packingId: 'P-2' })), {
        code: 'PACKING.SERIAL_TAKEN',
        kind: 'conflict',
        field: 'serials[1]',
        rule: 'unique-serial',
        serial: 'J1',
      });
    });

    it('refuses a serial listed twice in one packing', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1', 'J2', 'J1'])), {
        code: 'PACKING.SERIAL_TAKEN',
        kind: 'conflict',
        field: 'serials[2]',
        rule: 'unique-serial',
        serial: 'J1',
      });
    });

    it('refuses a serial a Digital Link cannot carry unescaped', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1', 'J 2'])), {
        code: 'PACKING.INVALID',
        kind: 'invalid',
        field: 'serials[1]',
        rule: 'gs1-serial',
        serial: 'J 2',
      });
    });

    it('refuses no serials, and more than 10,000 in one run', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing([])), {
        code: 'PACKING.INVALID',
        kind: 'invalid',
        field: 'serials',
        rule: 'at-least-one',
      });
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(jars(1, 10_001), { unitSize: { amount: 1, unit: 'g' } })), {
        code: 'PACKING.INVALID',
        kind: 'invalid',
        field: 'serials',
        rule: 'max-units',
        max: 10_000,
      });
    });
  });

  describe('custody, roles and places', () => {
    it('refuses a processor that does not hold the lot (403)', () => {
      expectRefusal(() => withHoney().when(processor, decideRecordPacking, packing(['J1'], { placeId: 'workshop:karakol' })), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'serials',
        rule: 'custodian',
        custodians: ['producer:asel'],
      });
    });

    it('refuses a shop, which sells packed units but does not pack (403)', () => {
      expectRefusal(() => withHoney().when(shop, decideRecordPacking, packing(['J1'], { placeId: 'shop:ovop-bishkek' })), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['producer', 'processor'],
        held: ['shop'],
      });
    });

    it('refuses a place the packer does not operate (403)', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1'], { placeId: 'workshop:karakol' })), {
        code: 'ACCESS.PLACE_NOT_OPERATED',
        kind: 'forbidden',
        field: 'placeId',
        rule: 'operated-place',
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses a held lot', () => {
      const s = withHoney();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'label check', heldAt: '2026-07-16T00:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordPacking, packing(['J1'])), { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'lotId', rule: 'not-held' });
    });

    it('refuses a used-up lot', () => {
      const s = withHoney();
      givenDelivered(s, 'TMG-1', 10, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 10, unit: 'kg' }, soldAt: '2026-08-02T06:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordPacking, packing(['J1'])), { code: 'LIFECYCLE.USED_UP', kind: 'conflict', field: 'lotId', rule: 'not-used-up' });
    });

    it('refuses a packing dated before the lot existed', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1'], { packedAt: plusMs(HARVESTED_AT, -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'packedAt',
        rule: 'not-before-lot',
        lotCreatedAt: HARVESTED_AT,
      });
    });

    it('refuses an unrecorded lot (404)', () => {
      expectRefusal(() => withHoney().when(asel, decideRecordPacking, packing(['J1'], { lotId: 'TMG-404' })), {
        code: 'LOT.NOT_FOUND',
        kind: 'not-found',
        field: 'lotId',
        rule: 'recorded-lot',
      });
    });
  });
});

import { Party } from '../../master-data/party/party';
import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordPacking } from '../record-packing/decide-record-packing';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordRetailSale } from './decide-record-retail-sale';
import { RecordRetailSale } from './record-retail-sale.command';

const { asel, processor, shop, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const sale = (overrides: Partial<RecordRetailSale>): RecordRetailSale => ({
  saleId: 'S-1',
  lotId: 'TMG-1',
  shopPlaceId: 'shop:ovop-bishkek',
  soldAt: '2026-08-02T12:00:00+06:00',
  ...overrides,
});

/** Asel packed four 500 g jars (J1..J4) of her 10 kg lot and delivered 5 kg, jars included, to the OVOP shop. */
function atTheShop(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  s.given(asel, decideRecordPacking, {
    packingId: 'P-1',
    lotId: 'TMG-1',
    placeId: 'apiary:tamga-1',
    unitSize: { amount: 0.5, unit: 'kg' },
    serials: ['J1', 'J2', 'J3', 'J4'],
    packedAt: '2026-07-20T04:00:00Z',
  });
  givenDelivered(s, 'TMG-1', 5, asel, shop, 'SH-1');
  return s;
}

describe('record a retail sale', () => {
  it('given scanned jars the shop holds, records lot.sold with the jars and their summed size', () => {
    expect(atTheShop().when(shop, decideRecordRetailSale, sale({ serials: ['J1', 'J2'] }))).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.sold',
          schemaVersion: 1,
          data: {
            saleId: 'S-1',
            lotId: 'TMG-1',
            quantity: { amount: 1, unit: 'KGM' },
            serials: ['J1', 'J2'],
            at: { partyId: 'shop:ovop-bishkek', placeId: 'shop:ovop-bishkek' },
            soldAt: '2026-08-02T06:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('without serials, records the quantity given (honey sold by weight)', () => {
    const [{ event }] = atTheShop().when(shop, decideRecordRetailSale, sale({ quantity: { amount: 750, unit: 'g' } }));
    expect(event.data).toEqual({
      saleId: 'S-1',
      lotId: 'TMG-1',
      quantity: { amount: 0.75, unit: 'KGM' },
      at: { partyId: 'shop:ovop-bishkek', placeId: 'shop:ovop-bishkek' },
      soldAt: '2026-08-02T06:00:00.000Z',
    });
  });

  describe('units and quantity', () => {
    it('accepts a quantity equal to the scanned jars, refuses one that is not', () => {
      const s = atTheShop();
      expect(s.when(shop, decideRecordRetailSale, sale({ serials: ['J1', 'J2'], quantity: kg(1) }))).toHaveLength(1);
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ serials: ['J1', 'J2'], quantity: kg(1.001) })), {
        code: 'SALE.QUANTITY_MISMATCH',
        kind: 'invalid',
        field: 'quantity',
        rule: 'units-add-up',
        quantity: { amount: 1.001, unit: 'KGM' },
        units: { amount: 1, unit: 'KGM' },
      });
    });

    it('refuses a jar already sold, a jar never packed, and a jar scanned twice', () => {
      const s = atTheShop();
      s.given(shop, decideRecordRetailSale, sale({ serials: ['J1'] }));
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ saleId: 'S-2', serials: ['J1', 'J2', 'J9', 'J2'] })), {
        code: 'SALE.UNKNOWN_UNITS',
        kind: 'conflict',
        field: 'serials',
        rule: 'unsold-packed-units',
        serials: ['J1', 'J9', 'J2'],
      });
    });

    it('refuses a sale with neither quantity nor serials', () => {
      expectRefusal(() => atTheShop().when(shop, decideRecordRetailSale, sale({})), {
        code: 'SALE.NO_QUANTITY',
        kind: 'invalid',
        field: 'quantity',
        rule: 'quantity-or-serials',
      });
    });
  });

  describe('mass balance and custody', () => {
    it('sells exactly what the shop holds, refuses a thousandth of a kilogram more', () => {
      const s = atTheShop();
      expect(s.when(shop, decideRecordRetailSale, sale({ quantity: kg(5) }))).toHaveLength(1);
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ quantity: kg(5.001) })), {
        code: 'MASS_BALANCE.EXCEEDS_ON_HAND',
        kind: 'conflict',
        field: 'quantity',
        rule: 'mass-balance',
        requested: { amount: 5.001, unit: 'KGM' },
        onHand: { amount: 5, unit: 'KGM' },
      });
    });

    it('refuses a lot the shop does not hold (403)', () => {
      const s = atTheShop();
      givenCombHoney(s, 'TMG-2', 3);
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ lotId: 'TMG-2', quantity: kg(1) })), {
        code: 'CUSTODY.NOT_CUSTODIAN',
        kind: 'forbidden',
        field: 'quantity',
        rule: 'custodian',
        custodians: ['producer:asel'],
      });
    });

    it('refuses a party that is not a shop (403)', () => {
      expectRefusal(() => atTheShop().when(processor, decideRecordRetailSale, sale({ quantity: kg(1) })), {
        code: 'ACCESS.ROLE_REQUIRED',
        kind: 'forbidden',
        field: null,
        rule: 'role',
        required: ['shop'],
        held: ['processor'],
      });
    });

    it("refuses a sale recorded at another shop's premises (403), and at a place that is no shop", () => {
      const karakolShop: Party = { ...shop, partyId: 'shop:karakol', operatesPlaceIds: ['shop:karakol'] };
      expectRefusal(() => atTheShop().when(karakolShop, decideRecordRetailSale, sale({ quantity: kg(1) })), {
        code: 'ACCESS.PLACE_NOT_OPERATED',
        kind: 'forbidden',
        field: 'shopPlaceId',
        rule: 'operated-place',
        partyId: 'shop:karakol',
      });
      expectRefusal(() => atTheShop().when(shop, decideRecordRetailSale, sale({ shopPlaceId: 'warehouse:bishkek', quantity: kg(1) })), {
        code: 'REFERENCE.WRONG_PLACE_KIND',
        kind: 'invalid',
        field: 'shopPlaceId',
        rule: 'place-kind',
      });
    });
  });

  describe('lifecycle', () => {
    it('refuses to sell from a held lot', () => {
      const s = atTheShop();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'HMF above limit', heldAt: '2026-08-02T00:00:00Z' });
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ serials: ['J1'] })), { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'lotId', rule: 'not-held' });
    });

    it('refuses to sell from a recalled lot', () => {
      const s = atTheShop();
      s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'antibiotics', scope: 'whole-lot', recalledAt: '2026-08-02T00:00:00Z' });
      expectRefusal(() => s.when(shop, decideRecordRetailSale, sale({ serials: ['J1'] })), {
        code: 'LIFECYCLE.RECALLED',
        kind: 'conflict',
        field: 'lotId',
        rule: 'not-recalled',
        recallId: 'RC-1',
      });
    });

    it('refuses a sale dated before the lot existed', () => {
      expectRefusal(() => atTheShop().when(shop, decideRecordRetailSale, sale({ serials: ['J1'], soldAt: plusMs(HARVESTED_AT, -1) })), {
        code: 'TIME.BEFORE_LOT_EXISTS',
        kind: 'invalid',
        field: 'soldAt',
        rule: 'not-before-lot',
      });
    });
  });
});

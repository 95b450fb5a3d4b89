import { PARTIES } from '../lot-world.testing';
import { Scenario, combHoneyHarvest, expectRefusal, givenCombHoney, givenDelivered, scenario } from '../lot-scenario.testing';
import { decideRecordHarvest } from '../record-harvest/decide-record-harvest';
import { decideRecordPacking } from '../record-packing/decide-record-packing';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordRecall } from './decide-record-recall';
import { RecordRecall } from './record-recall.command';

const { asel, group, shop, lab, inspector, admin } = PARTIES;
const recall = (overrides: Partial<RecordRecall> = {}): RecordRecall => ({
  recallId: 'RC-1',
  lotId: 'TMG-1',
  reason: 'antibiotic residue',
  scope: 'whole-lot',
  recalledAt: '2026-08-05T10:00:00+06:00',
  ...overrides,
});

/** Asel packed J1..J3 from TMG-1 and delivered 5 kg, jars included, to the shop. */
function packedAndAtTheShop(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  s.given(asel, decideRecordPacking, { packingId: 'P-1', lotId: 'TMG-1', placeId: 'apiary:tamga-1', unitSize: { amount: 0.5, unit: 'kg' }, serials: ['J1', 'J2', 'J3'], packedAt: '2026-07-20T00:00:00Z' });
  givenDelivered(s, 'TMG-1', 5, asel, shop, 'SH-1');
  return s;
}

describe('record a recall', () => {
  it('given a lot, an inspector records lot.recalled of the whole lot', () => {
    expect(packedAndAtTheShop().when(inspector, decideRecordRecall, recall())).toEqual([
      {
        lotId: 'TMG-1',
        event: { type: 'lot.recalled', schemaVersion: 1, data: { recallId: 'RC-1', lotId: 'TMG-1', reason: 'antibiotic residue', scope: 'whole-lot', recalledAt: '2026-08-05T04:00:00.000Z' } },
      },
    ]);
  });

  it('a recall of listed units names units packed from the lot, sold or not', () => {
    const s = packedAndAtTheShop();
    s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', serials: ['J1'], soldAt: '2026-08-02T00:00:00Z' });
    const [{ event }] = s.when(inspector, decideRecordRecall, recall({ scope: 'listed-units', serials: ['J1', 'J3'] }));
    expect(event.data).toMatchObject({ scope: 'listed-units', serials: ['J1', 'J3'] });
  });

  it('refuses listed units that were never packed from the lot, or none at all', () => {
    const s = packedAndAtTheShop();
    expectRefusal(() => s.when(inspector, decideRecordRecall, recall({ scope: 'listed-units', serials: ['J1', 'J7'] })), {
      code: 'RECALL.UNKNOWN_UNITS',
      kind: 'invalid',
      field: 'serials',
      rule: 'packed-serials',
      unknown: ['J7'],
    });
    expectRefusal(() => s.when(inspector, decideRecordRecall, recall({ scope: 'listed-units' })), {
      code: 'RECALL.UNKNOWN_UNITS',
      kind: 'invalid',
      field: 'serials',
      rule: 'packed-serials',
      unknown: [],
    });
  });

  it('refuses an unknown scope', () => {
    expectRefusal(() => packedAndAtTheShop().when(inspector, decideRecordRecall, recall({ scope: 'some-jars' as 'whole-lot' })), {
      code: 'RECALL.INVALID_SCOPE',
      kind: 'invalid',
      field: 'scope',
      rule: 'known-value',
    });
  });

  describe('who', () => {
    it.each([
      ['the producer who recorded the lot', asel],
      ['an admin', admin],
    ])('%s may recall', (_, actor) => {
      expect(packedAndAtTheShop().when(actor, decideRecordRecall, recall())).toHaveLength(1);
    });

    it('the village group that recorded a member harvest is its creator and may recall it', () => {
      const s = scenario();
      s.given(group, decideRecordHarvest, combHoneyHarvest('TMG-1', 10));
      expect(s.when(group, decideRecordRecall, recall())).toHaveLength(1);
    });

    it.each([
      ['the shop holding part of it', shop],
      ['a lab', lab],
    ])('refuses %s (403)', (_, actor) => {
      expectRefusal(() => packedAndAtTheShop().when(actor, decideRecordRecall, recall()), {
        code: 'ACCESS.CANNOT_RECALL',
        kind: 'forbidden',
        field: 'lotId',
        rule: 'creator-inspector-or-admin',
      });
    });
  });

  describe('lifecycle', () => {
    it('recalls a used-up lot: its goods live on in what was sold', () => {
      const s = packedAndAtTheShop();
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 5, unit: 'kg' }, soldAt: '2026-08-02T00:00:00Z' });
      givenDelivered(s, 'TMG-1', 5, asel, shop, 'SH-2', '2026-08-03T00:00:00Z');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-2', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 5, unit: 'kg' }, soldAt: '2026-08-04T00:00:00Z' });
      expect(s.lot('TMG-1').status).toBe('used-up');
      expect(s.when(inspector, decideRecordRecall, recall())).toHaveLength(1);
    });

    it('refuses a second recall of a recalled lot, naming the first', () => {
      const s = packedAndAtTheShop();
      s.given(inspector, decideRecordRecall, recall());
      expectRefusal(() => s.when(admin, decideRecordRecall, recall({ recallId: 'RC-2' })), {
        code: 'LIFECYCLE.RECALLED',
        kind: 'conflict',
        field: 'lotId',
        rule: 'not-recalled',
        recallId: 'RC-1',
      });
    });
  });

  describe('a recall of listed units', () => {
    it('blocks the sale of those units only; the rest of the lot stays in use', () => {
      const s = packedAndAtTheShop();
      s.given(inspector, decideRecordRecall, recall({ scope: 'listed-units', serials: ['J2'] }));
      expect(s.lot('TMG-1')).toMatchObject({ recallId: null, recalledSerials: new Set(['J2']) });
      expectRefusal(
        () => s.when(shop, decideRecordRetailSale, { saleId: 'S-9', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', serials: ['J2'], soldAt: '2026-08-06T00:00:00Z' }),
        { code: 'LIFECYCLE.UNITS_RECALLED', kind: 'conflict', field: 'serials', rule: 'not-recalled', serials: ['J2'] },
      );
      expect(s.when(shop, decideRecordRetailSale, { saleId: 'S-9', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', serials: ['J3'], soldAt: '2026-08-06T00:00:00Z' })).toHaveLength(1);
    });

    it('can be widened to the whole lot, but a unit is recalled once', () => {
      const s = packedAndAtTheShop();
      s.given(inspector, decideRecordRecall, recall({ scope: 'listed-units', serials: ['J2'] }));
      expectRefusal(() => s.when(inspector, decideRecordRecall, recall({ recallId: 'RC-2', scope: 'listed-units', serials: ['J2', 'J3'] })), {
        code: 'RECALL.UNITS_ALREADY_RECALLED',
        kind: 'conflict',
        field: 'serials',
        rule: 'not-recalled',
        serials: ['J2'],
      });
      expect(s.when(inspector, decideRecordRecall, recall({ recallId: 'RC-2' }))).toHaveLength(1);
    });
  });
});

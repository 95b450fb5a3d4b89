import { PARTIES } from '../lot-world.testing';
import { HARVESTED_AT, Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decidePlaceHold } from './decide-place-hold';
import { PlaceHold } from './place-hold.command';

const { asel, bakyt, processor, shop, lab, inspector, admin } = PARTIES;
const hold = (overrides: Partial<PlaceHold> = {}): PlaceHold => ({
  holdId: 'H-1',
  lotId: 'TMG-1',
  reason: 'HMF result pending',
  heldAt: '2026-07-20T10:00:00+06:00',
  ...overrides,
});

function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  return s;
}

describe('place a hold', () => {
  it('given a lot, an inspector records lot.held with the reason', () => {
    expect(withHoney().when(inspector, decidePlaceHold, hold())).toEqual([
      { lotId: 'TMG-1', event: { type: 'lot.held', schemaVersion: 1, data: { holdId: 'H-1', lotId: 'TMG-1', reason: 'HMF result pending', heldAt: '2026-07-20T04:00:00.000Z' } } },
    ]);
  });

  it.each([
    ['a lab', lab],
    ['an admin', admin],
    ['the custodian, who suspects a problem', asel],
  ])('%s may hold a lot', (_, actor) => {
    expect(withHoney().when(actor, decidePlaceHold, hold())).toHaveLength(1);
  });

  it.each([
    ['a producer who does not hold the lot', bakyt],
    ['a processor who does not hold the lot', processor],
  ])('refuses %s (403)', (_, actor) => {
    expectRefusal(() => withHoney().when(actor, decidePlaceHold, hold()), {
      code: 'ACCESS.CANNOT_HOLD',
      kind: 'forbidden',
      field: 'lotId',
      rule: 'inspector-lab-admin-or-custodian',
    });
  });

  it('a second hold may be placed, and a recalled lot held; the same hold id twice is refused', () => {
    const s = withHoney();
    s.given(inspector, decidePlaceHold, hold());
    s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'antibiotics', scope: 'whole-lot', recalledAt: '2026-07-21T00:00:00Z' });
    expect(s.when(lab, decidePlaceHold, hold({ holdId: 'H-2' }))).toHaveLength(1);
    expectRefusal(() => s.when(lab, decidePlaceHold, hold()), {
      code: 'HOLD.ALREADY_OPEN',
      kind: 'conflict',
      field: 'holdId',
      rule: 'new-hold',
      holdId: 'H-1',
    });
  });

  it('refuses to hold a used-up lot: nothing is left to hold', () => {
    const s = withHoney();
    givenDelivered(s, 'TMG-1', 10, asel, shop, 'SH-1');
    s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: { amount: 10, unit: 'kg' }, soldAt: '2026-08-02T00:00:00Z' });
    expectRefusal(() => s.when(inspector, decidePlaceHold, hold()), { code: 'LIFECYCLE.USED_UP', kind: 'conflict', field: 'lotId', rule: 'not-used-up' });
  });

  it('refuses a blank reason, a blank hold id, and a time before the lot existed', () => {
    expectRefusal(() => withHoney().when(inspector, decidePlaceHold, hold({ reason: '' })), { code: 'FACT.TEXT_REQUIRED', kind: 'invalid', field: 'reason', rule: 'required' });
    expectRefusal(() => withHoney().when(inspector, decidePlaceHold, hold({ holdId: '' })), { code: 'FACT.INVALID_ID', kind: 'invalid', field: 'holdId', rule: 'fact-id' });
    expectRefusal(() => withHoney().when(inspector, decidePlaceHold, hold({ heldAt: plusMs(HARVESTED_AT, -1) })), {
      code: 'TIME.BEFORE_LOT_EXISTS',
      kind: 'invalid',
      field: 'heldAt',
      rule: 'not-before-lot',
    });
  });
});

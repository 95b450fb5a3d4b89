import { PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordShipment } from '../record-shipment/decide-record-shipment';
import { decideReleaseHold } from './decide-release-hold';
import { ReleaseHold } from './release-hold.command';

const { asel, lab, inspector, admin } = PARTIES;
const release = (overrides: Partial<ReleaseHold> = {}): ReleaseHold => ({
  holdId: 'H-1',
  lotId: 'TMG-1',
  reason: 'HMF within limits',
  releasedAt: '2026-07-22T10:00:00+06:00',
  ...overrides,
});
const shipment = {
  shipmentId: 'SH-1',
  fromPlaceId: 'apiary:tamga-1',
  to: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
  lots: [{ lotId: 'TMG-1', quantity: { amount: 10, unit: 'kg' } }],
  shippedAt: '2026-07-23T00:00:00Z',
};

/** Asel's TMG-1 is held by Asel (H-1) and by the lab (H-2). */
function held(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 10);
  s.given(asel, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'a swarm got into the store', heldAt: '2026-07-20T00:00:00Z' });
  s.given(lab, decidePlaceHold, { holdId: 'H-2', lotId: 'TMG-1', reason: 'HMF result pending', heldAt: '2026-07-20T01:00:00Z' });
  return s;
}

describe('release a hold', () => {
  it('given an open hold, the party that placed it records lot.released', () => {
    expect(held().when(asel, decideReleaseHold, release())).toEqual([
      { lotId: 'TMG-1', event: { type: 'lot.released', schemaVersion: 1, data: { holdId: 'H-1', lotId: 'TMG-1', reason: 'HMF within limits', releasedAt: '2026-07-22T04:00:00.000Z' } } },
    ]);
  });

  it("an inspector or an admin releases anyone's hold", () => {
    expect(held().when(inspector, decideReleaseHold, release({ holdId: 'H-2' }))).toHaveLength(1);
    expect(held().when(admin, decideReleaseHold, release({ holdId: 'H-2' }))).toHaveLength(1);
  });

  it("refuses the custodian releasing the lab's hold (403)", () => {
    expectRefusal(() => held().when(asel, decideReleaseHold, release({ holdId: 'H-2' })), {
      code: 'ACCESS.CANNOT_RELEASE',
      kind: 'forbidden',
      field: 'holdId',
      rule: 'holder-inspector-or-admin',
      heldBy: 'lab:bishkek',
    });
  });

  it('refuses a hold that is not open, naming the open ones', () => {
    const s = held();
    s.given(asel, decideReleaseHold, release());
    expectRefusal(() => s.when(asel, decideReleaseHold, release()), {
      code: 'HOLD.NOT_OPEN',
      kind: 'conflict',
      field: 'holdId',
      rule: 'open-hold',
      openHolds: ['H-2'],
    });
  });

  it('the lot stays unusable until its last hold is released', () => {
    const s = held();
    s.given(asel, decideReleaseHold, release());
    expectRefusal(() => s.when(asel, decideRecordShipment, shipment), { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'lots[0].lotId', rule: 'not-held', holdIds: ['H-2'] });
    s.given(lab, decideReleaseHold, release({ holdId: 'H-2' }));
    expect(s.when(asel, decideRecordShipment, shipment)).toHaveLength(1);
  });

  it('refuses a release without a reason', () => {
    expectRefusal(() => held().when(asel, decideReleaseHold, release({ reason: ' ' })), { code: 'FACT.TEXT_REQUIRED', kind: 'invalid', field: 'reason', rule: 'required' });
  });
});

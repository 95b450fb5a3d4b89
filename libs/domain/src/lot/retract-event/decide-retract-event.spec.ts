import { PARTIES } from '../lot-world.testing';
import { Scenario, combHoneyHarvest, expectRefusal, givenCombHoney, scenario } from '../lot-scenario.testing';
import { decideCorrectEvent } from '../correct-event/decide-correct-event';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordHarvest } from '../record-harvest/decide-record-harvest';
import { decideRecordInspection } from '../record-inspection/decide-record-inspection';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordReceipt } from '../record-receipt/decide-record-receipt';
import { decideRecordShipment } from '../record-shipment/decide-record-shipment';
import { decideReleaseHold } from '../release-hold/decide-release-hold';
import { decideRetractEvent } from './decide-retract-event';
import { RetractEvent } from './retract-event.command';

const { asel, processor, lab, inspector, admin } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const retraction = (retractsEventId: string, overrides: Partial<RetractEvent> = {}): RetractEvent => ({
  lotId: 'TMG-1',
  retractsEventId,
  reason: 'recorded on the wrong lot',
  retractedAt: '2026-08-05T10:00:00+06:00',
  ...overrides,
});
const shipment = (amount: number) => ({
  shipmentId: 'SH-1',
  fromPlaceId: 'apiary:tamga-1',
  to: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
  lots: [{ lotId: 'TMG-1', quantity: kg(amount) }],
  shippedAt: '2026-08-01T03:00:00Z',
});
const moistureTest = { inspectionId: 'I-1', lotId: 'TMG-1', results: [{ parameter: 'moisture', value: 17, unit: '%', max: 18 }], inspectedAt: '2026-07-25T00:00:00Z' };

function withHoney(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  return s;
}

describe('retract an event', () => {
  it('given an inspection of another sample, the lab that recorded it records lot.retracted pointing at it, with the reason', () => {
    const s = withHoney();
    const [inspectionId] = s.given(lab, decideRecordInspection, moistureTest);
    expect(s.when(lab, decideRetractEvent, retraction(inspectionId))).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.retracted',
          schemaVersion: 1,
          data: { lotId: 'TMG-1', retractsEventId: inspectionId, reason: 'recorded on the wrong lot', retractedAt: '2026-08-05T04:00:00.000Z' },
        },
      },
    ]);
  });

  describe('the lot must still add up', () => {
    /** Asel harvested 42.5 kg, corrected it to 50 kg, then shipped `shipped` kg: returns the correction's id. */
    function raisedThenShipped(s: Scenario, shipped: number): string {
      const [harvestId] = givenCombHoney(s, 'TMG-1', 42.5);
      const [correctionId] = s.given(asel, decideCorrectEvent, { lotId: 'TMG-1', correctsEventId: harvestId, reason: 'a crate was left out', quantity: kg(50), correctedAt: '2026-07-16T00:00:00Z' });
      s.given(asel, decideRecordShipment, shipment(shipped));
      return correctionId;
    }

    it('retracts a correction that raised a harvest while what was shipped still fits in the original, not a thousandth more', () => {
      const fits = scenario();
      expect(fits.when(asel, decideRetractEvent, retraction(raisedThenShipped(fits, 42.5)))).toHaveLength(1);
      const overflows = scenario();
      const correctionId = raisedThenShipped(overflows, 42.501);
      expectRefusal(() => overflows.when(asel, decideRetractEvent, retraction(correctionId)), {
        code: 'MASS_BALANCE.AMENDMENT_UNBALANCED',
        kind: 'conflict',
        field: 'retractsEventId',
        rule: 'mass-balance',
        partyId: 'producer:asel',
        wouldHold: { amount: -0.001, unit: 'KGM' },
        onHandAfter: { amount: -0.001, unit: 'KGM' },
      });
    });
  });

  describe('what can be retracted', () => {
    it.each([
      ['lot.harvested', (s: Scenario) => [...s.lot('TMG-1').events.keys()][0]],
      ['lot.shipped', (s: Scenario) => s.given(asel, decideRecordShipment, shipment(30))[0]],
      [
        'lot.received',
        (s: Scenario) => {
          s.given(asel, decideRecordShipment, shipment(30));
          return s.given(processor, decideRecordReceipt, { shipmentId: 'SH-1', lots: [{ lotId: 'TMG-1', quantity: kg(30) }], receivedAt: '2026-08-01T09:00:00Z' })[0];
        },
      ],
    ])('refuses a %s: facts others build on are corrected, not retracted', (type, given) => {
      const s = withHoney();
      const eventId = given(s);
      expectRefusal(() => s.when(admin, decideRetractEvent, retraction(eventId)), {
        code: 'AMENDMENT.NOT_AMENDABLE',
        kind: 'invalid',
        field: 'retractsEventId',
        rule: 'retracted-type',
        type,
      });
    });

    it('refuses to retract a retraction, and to retract an event twice', () => {
      const s = withHoney();
      const [inspectionId] = s.given(lab, decideRecordInspection, moistureTest);
      const [retractionId] = s.given(lab, decideRetractEvent, retraction(inspectionId));
      expectRefusal(() => s.when(admin, decideRetractEvent, retraction(retractionId)), {
        code: 'AMENDMENT.NOT_AMENDABLE',
        kind: 'invalid',
        field: 'retractsEventId',
        rule: 'retracted-type',
        type: 'lot.retracted',
      });
      expectRefusal(() => s.when(lab, decideRetractEvent, retraction(inspectionId)), {
        code: 'AMENDMENT.RETRACTED',
        kind: 'conflict',
        field: 'retractsEventId',
        rule: 'not-retracted',
        eventId: inspectionId,
      });
    });

    it('refuses an event the lot does not have (404)', () => {
      expectRefusal(() => withHoney().when(admin, decideRetractEvent, retraction('00000000-0000-4000-8000-999999999999')), {
        code: 'AMENDMENT.UNKNOWN_EVENT',
        kind: 'not-found',
        field: 'retractsEventId',
        rule: 'event-of-lot',
      });
    });
  });

  describe('lifecycle', () => {
    it('a retracted recall leaves the lot usable again', () => {
      const s = withHoney();
      const [recallId] = s.given(admin, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'wrong lot', scope: 'whole-lot', recalledAt: '2026-07-20T00:00:00Z' });
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment(1)), { code: 'LIFECYCLE.RECALLED', kind: 'conflict', field: 'lots[0].lotId', rule: 'not-recalled' });
      s.given(inspector, decideRetractEvent, retraction(recallId));
      expect(s.when(asel, decideRecordShipment, shipment(1))).toHaveLength(1);
    });

    it('a retracted release leaves the hold open again', () => {
      const s = withHoney();
      s.given(lab, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'HMF result pending', heldAt: '2026-07-20T00:00:00Z' });
      const [releaseId] = s.given(lab, decideReleaseHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'HMF fine', releasedAt: '2026-07-21T00:00:00Z' });
      s.given(lab, decideRetractEvent, retraction(releaseId, { reason: 'read the result of another sample' }));
      expectRefusal(() => s.when(asel, decideRecordShipment, shipment(1)), { code: 'LIFECYCLE.HELD', kind: 'conflict', field: 'lots[0].lotId', rule: 'not-held', holdIds: ['H-1'] });
    });
  });

  describe('who', () => {
    it('an admin retracts anyone’s event; an inspector retracts recalls and flags', () => {
      const s = scenario();
      const [, flagId] = s.given(asel, decideRecordHarvest, combHoneyHarvest('TMG-1', 10, { productId: 'product:sainfoin-honey' }));
      const [inspectionId] = s.given(lab, decideRecordInspection, moistureTest);
      const [recallId] = s.given(admin, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-1', reason: 'wrong lot', scope: 'whole-lot', recalledAt: '2026-07-20T00:00:00Z' });
      expect(s.when(admin, decideRetractEvent, retraction(inspectionId))).toHaveLength(1);
      expect(s.when(inspector, decideRetractEvent, retraction(recallId))).toHaveLength(1);
      expect(s.when(inspector, decideRetractEvent, retraction(flagId, { reason: 'sainfoin registered for Tamga, paperwork late' }))).toHaveLength(1);
    });

    it('refuses an inspector retracting a lab’s inspection (403)', () => {
      const s = withHoney();
      const [inspectionId] = s.given(lab, decideRecordInspection, moistureTest);
      expectRefusal(() => s.when(inspector, decideRetractEvent, retraction(inspectionId)), {
        code: 'ACCESS.NOT_RECORDER',
        kind: 'forbidden',
        field: null,
        rule: 'recorder-or-admin',
        recordedBy: 'lab:bishkek',
      });
    });

    it('refuses the producer dismissing the origin flag raised on her own harvest (403): inspectors must see it', () => {
      const s = scenario();
      const [, flagId] = s.given(asel, decideRecordHarvest, combHoneyHarvest('TMG-1', 10, { productId: 'product:sainfoin-honey' }));
      expectRefusal(() => s.when(asel, decideRetractEvent, retraction(flagId)), {
        code: 'ACCESS.NOT_RECORDER',
        kind: 'forbidden',
        field: null,
        rule: 'inspector-or-admin',
      });
    });
  });
});

import { CLOCK_SKEW_MS } from '../../shared/recorded-time';
import { NOW, PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, plusMs, scenario } from '../lot-scenario.testing';
import { decidePlaceHold } from '../place-hold/decide-place-hold';
import { decideRecordRecall } from '../record-recall/decide-record-recall';
import { decideRecordShipment } from '../record-shipment/decide-record-shipment';
import { decideRecordReceipt } from './decide-record-receipt';
import { RecordReceipt } from './record-receipt.command';

const { asel, processor, shop, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const SHIPPED_AT = '2026-08-01T03:00:00.000Z';
const receipt = (lots: RecordReceipt['lots'], overrides: Partial<RecordReceipt> = {}): RecordReceipt => ({
  shipmentId: 'SH-1',
  lots,
  receivedAt: '2026-08-01T15:00:00+06:00',
  ...overrides,
});

/** Asel has shipped 30 kg of TMG-1 and 10 kg of TMG-2 to the processor's workshop. */
function inTransit(): Scenario {
  const s = scenario();
  givenCombHoney(s, 'TMG-1', 42.5);
  givenCombHoney(s, 'TMG-2', 10);
  s.given(asel, decideRecordShipment, {
    shipmentId: 'SH-1',
    fromPlaceId: 'apiary:tamga-1',
    to: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
    lots: [
      { lotId: 'TMG-1', quantity: kg(30) },
      { lotId: 'TMG-2', quantity: kg(10) },
    ],
    shippedAt: SHIPPED_AT,
  });
  return s;
}

describe('record a receipt', () => {
  it('given an open shipment addressed to the processor, records lot.received at its workshop', () => {
    expect(inTransit().when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }]))).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.received',
          schemaVersion: 1,
          data: {
            shipmentId: 'SH-1',
            lotId: 'TMG-1',
            quantity: { amount: 30, unit: 'KGM' },
            by: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
            receivedAt: '2026-08-01T09:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('receives several lots of one shipment at once, each on its own stream', () => {
    const events = inTransit().when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }, { lotId: 'TMG-2', quantity: kg(9.5) }]));
    expect(events).toMatchObject([
      { lotId: 'TMG-1', event: { type: 'lot.received', data: { lotId: 'TMG-1', quantity: { amount: 30, unit: 'KGM' } } } },
      { lotId: 'TMG-2', event: { type: 'lot.received', data: { lotId: 'TMG-2', quantity: { amount: 9.5, unit: 'KGM' } } } },
    ]);
  });

  describe('mass balance', () => {
    it('accepts exactly what was shipped and less (a loss in transit), refuses a thousandth of a kilogram more', () => {
      const s = inTransit();
      expect(s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }]))).toHaveLength(1);
      expect(s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(29.2) }]))).toHaveLength(1);
      expectRefusal(() => s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30.001) }])), {
        code: 'MASS_BALANCE.MORE_THAN_SHIPPED',
        kind: 'conflict',
        field: 'lots[0].quantity',
        rule: 'mass-balance',
        received: { amount: 30.001, unit: 'KGM' },
        shipped: { amount: 30, unit: 'KGM' },
      });
    });
  });

  describe('custody', () => {
    it('refuses anyone but the addressee (403), naming the addressee', () => {
      expectRefusal(() => inTransit().when(shop, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }])), {
        code: 'CUSTODY.NOT_ADDRESSEE',
        kind: 'forbidden',
        field: 'shipmentId',
        rule: 'addressee',
        addressee: 'processor:karakol-honey',
      });
    });

    it('refuses a shipment id the lot has no open shipment under', () => {
      expectRefusal(() => inTransit().when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }], { shipmentId: 'SH-9' })), {
        code: 'CUSTODY.NO_OPEN_SHIPMENT',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'open-shipment',
        lotId: 'TMG-1',
        shipmentId: 'SH-9',
      });
    });

    it('refuses a second receipt of the same shipment: the first closed it', () => {
      const s = inTransit();
      s.given(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(29) }]));
      expectRefusal(() => s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(1) }])), {
        code: 'CUSTODY.NO_OPEN_SHIPMENT',
        kind: 'conflict',
        field: 'lots[0].lotId',
        rule: 'open-shipment',
      });
    });

    it('is all or nothing: a lot the shipment did not carry refuses the whole receipt', () => {
      const s = inTransit();
      givenCombHoney(s, 'TMG-3', 5);
      expectRefusal(() => s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }, { lotId: 'TMG-3', quantity: kg(5) }])), {
        code: 'CUSTODY.NO_OPEN_SHIPMENT',
        kind: 'conflict',
        field: 'lots[1].lotId',
        rule: 'open-shipment',
        lotId: 'TMG-3',
      });
    });
  });

  describe('lifecycle', () => {
    it('receives a lot that was put on hold, or recalled, while in transit: the goods arrived and must be accounted for', () => {
      const s = inTransit();
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: 'TMG-1', reason: 'pending HMF result', heldAt: '2026-08-01T04:00:00Z' });
      s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: 'TMG-2', reason: 'antibiotics', scope: 'whole-lot', recalledAt: '2026-08-01T04:00:00Z' });
      const events = s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }, { lotId: 'TMG-2', quantity: kg(10) }]));
      expect(events.map((e) => e.event.type)).toEqual(['lot.received', 'lot.received']);
    });

    it('accepts a receipt dated the instant the shipment left, refuses one a millisecond earlier', () => {
      const s = inTransit();
      expect(s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }], { receivedAt: SHIPPED_AT }))).toHaveLength(1);
      expectRefusal(() => s.when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }], { receivedAt: plusMs(SHIPPED_AT, -1) })), {
        code: 'TIME.BEFORE_SHIPMENT',
        kind: 'invalid',
        field: 'receivedAt',
        rule: 'after-shipment',
        shippedAt: SHIPPED_AT,
        value: plusMs(SHIPPED_AT, -1),
      });
    });

    it('refuses a receipt dated beyond the clock skew', () => {
      expectRefusal(
        () => inTransit().when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-1', quantity: kg(30) }], { receivedAt: plusMs(NOW.toISOString(), CLOCK_SKEW_MS + 1) })),
        { code: 'TIME.IN_FUTURE', kind: 'invalid', field: 'receivedAt', rule: 'not-in-future' },
      );
    });

    it('refuses an unrecorded lot (404)', () => {
      expectRefusal(() => inTransit().when(processor, decideRecordReceipt, receipt([{ lotId: 'TMG-404', quantity: kg(1) }])), {
        code: 'LOT.NOT_FOUND',
        kind: 'not-found',
        field: 'lots[0].lotId',
        rule: 'recorded-lot',
      });
    });
  });
});

import { CLOCK_SKEW_MS } from '../../shared/recorded-time';
import { NOW, PARTIES } from '../lot-world.testing';
import { Scenario, expectRefusal, givenCombHoney, givenDelivered, plusMs, scenario } from '../lot-scenario.testing';
import { decideRecordReceipt } from '../record-receipt/decide-record-receipt';
import { decideRecordRetailSale } from '../record-retail-sale/decide-record-retail-sale';
import { decideRecordShipment } from '../record-shipment/decide-record-shipment';
import { decideRetractEvent } from '../retract-event/decide-retract-event';
import { CorrectEvent } from './correct-event.command';
import { decideCorrectEvent } from './decide-correct-event';

const { asel, processor, shop, inspector, admin } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const correction = (correctsEventId: string, amount: number, overrides: Partial<CorrectEvent> = {}): CorrectEvent => ({
  lotId: 'TMG-1',
  correctsEventId,
  reason: 'the scale at the apiary was not tared',
  quantity: kg(amount),
  correctedAt: '2026-08-05T10:00:00+06:00',
  ...overrides,
});

/** Asel harvested 42.5 kg and shipped 30 kg to the processor, who received 29.5 kg: she holds 12.5, it holds 29.5. */
function shippedOn(): { s: Scenario; harvestId: string; shipmentId: string; receiptId: string } {
  const s = scenario();
  const [harvestId] = givenCombHoney(s, 'TMG-1', 42.5);
  const [shipmentId] = s.given(asel, decideRecordShipment, {
    shipmentId: 'SH-1',
    fromPlaceId: 'apiary:tamga-1',
    to: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
    lots: [{ lotId: 'TMG-1', quantity: kg(30) }],
    shippedAt: '2026-08-01T03:00:00Z',
  });
  const [receiptId] = s.given(processor, decideRecordReceipt, { shipmentId: 'SH-1', lots: [{ lotId: 'TMG-1', quantity: kg(29.5) }], receivedAt: '2026-08-01T09:00:00Z' });
  return { s, harvestId, shipmentId, receiptId };
}

describe('correct an event', () => {
  it('given a harvest, its recorder states the right quantity: lot.corrected pointing at it, with the reason', () => {
    const { s, harvestId } = shippedOn();
    expect(s.when(asel, decideCorrectEvent, correction(harvestId, 40))).toEqual([
      {
        lotId: 'TMG-1',
        event: {
          type: 'lot.corrected',
          schemaVersion: 1,
          data: {
            lotId: 'TMG-1',
            correctsEventId: harvestId,
            reason: 'the scale at the apiary was not tared',
            changes: { quantity: { amount: 40, unit: 'KGM' } },
            correctedAt: '2026-08-05T04:00:00.000Z',
          },
        },
      },
    ]);
  });

  it('records the corrected quantity in the lot unit', () => {
    const { s, harvestId } = shippedOn();
    const [{ event }] = s.when(asel, decideCorrectEvent, correction(harvestId, 0, { quantity: { amount: 41_250, unit: 'g' } }));
    expect(event.data).toMatchObject({ changes: { quantity: { amount: 41.25, unit: 'KGM' } } });
  });

  describe('the lot must still add up', () => {
    it('lowers a harvest down to exactly what is left after what was shipped, refuses a thousandth of a kilogram lower', () => {
      const { s, harvestId } = shippedOn();
      expect(s.when(asel, decideCorrectEvent, correction(harvestId, 30))).toHaveLength(1);
      expectRefusal(() => s.when(asel, decideCorrectEvent, correction(harvestId, 29.999)), {
        code: 'MASS_BALANCE.AMENDMENT_UNBALANCED',
        kind: 'conflict',
        field: 'quantity',
        rule: 'mass-balance',
        partyId: 'producer:asel',
        wouldHold: { amount: -0.001, unit: 'KGM' },
        onHandAfter: { amount: 29.499, unit: 'KGM' },
      });
    });

    it('lowers a receipt only as far as the receiver has not passed the goods on', () => {
      const { s, receiptId } = shippedOn();
      givenDelivered(s, 'TMG-1', 25, processor, shop, 'SH-2', '2026-08-02T00:00:00Z');
      expect(s.when(processor, decideCorrectEvent, correction(receiptId, 25))).toHaveLength(1);
      expectRefusal(() => s.when(processor, decideCorrectEvent, correction(receiptId, 24.999)), {
        code: 'MASS_BALANCE.AMENDMENT_UNBALANCED',
        kind: 'conflict',
        field: 'quantity',
        rule: 'mass-balance',
        partyId: 'processor:karakol-honey',
        wouldHold: { amount: -0.001, unit: 'KGM' },
      });
    });

    it('raises a receipt up to what was shipped, refuses a thousandth of a kilogram more: a correction creates no goods', () => {
      const { s, receiptId } = shippedOn();
      expect(s.when(processor, decideCorrectEvent, correction(receiptId, 30))).toHaveLength(1);
      expectRefusal(() => s.when(processor, decideCorrectEvent, correction(receiptId, 30.001)), {
        code: 'MASS_BALANCE.MORE_THAN_SHIPPED',
        kind: 'conflict',
        field: 'quantity',
        rule: 'mass-balance',
        received: { amount: 30.001, unit: 'KGM' },
        shipped: { amount: 30, unit: 'KGM' },
      });
    });

    it('raises a sale only up to what the shop held', () => {
      const { s } = shippedOn();
      givenDelivered(s, 'TMG-1', 5, processor, shop, 'SH-2', '2026-08-02T00:00:00Z');
      const [saleId] = s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: kg(2), soldAt: '2026-08-03T00:00:00Z' });
      expect(s.when(shop, decideCorrectEvent, correction(saleId, 5))).toHaveLength(1);
      expectRefusal(() => s.when(shop, decideCorrectEvent, correction(saleId, 5.001)), {
        code: 'MASS_BALANCE.AMENDMENT_UNBALANCED',
        kind: 'conflict',
        field: 'quantity',
        rule: 'mass-balance',
        partyId: 'shop:ovop-bishkek',
        wouldHold: { amount: -0.001, unit: 'KGM' },
      });
    });
  });

  describe('what can be corrected', () => {
    it('refuses a shipment: it moved goods between parties, and its receipt is corrected instead', () => {
      const { s, shipmentId } = shippedOn();
      expectRefusal(() => s.when(asel, decideCorrectEvent, correction(shipmentId, 29.5)), {
        code: 'AMENDMENT.NOT_AMENDABLE',
        kind: 'invalid',
        field: 'correctsEventId',
        rule: 'corrected-type',
        type: 'lot.shipped',
      });
    });

    it('refuses an event the lot does not have (404)', () => {
      const { s } = shippedOn();
      expectRefusal(() => s.when(asel, decideCorrectEvent, correction('00000000-0000-4000-8000-999999999999', 40)), {
        code: 'AMENDMENT.UNKNOWN_EVENT',
        kind: 'not-found',
        field: 'correctsEventId',
        rule: 'event-of-lot',
      });
    });

    it('refuses a retracted event', () => {
      const { s } = shippedOn();
      givenDelivered(s, 'TMG-1', 5, processor, shop, 'SH-2', '2026-08-02T00:00:00Z');
      const [saleId] = s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: 'TMG-1', shopPlaceId: 'shop:ovop-bishkek', quantity: kg(2), soldAt: '2026-08-03T00:00:00Z' });
      s.given(shop, decideRetractEvent, { lotId: 'TMG-1', retractsEventId: saleId, reason: 'sold from TMG-2', retractedAt: '2026-08-03T01:00:00Z' });
      expectRefusal(() => s.when(shop, decideCorrectEvent, correction(saleId, 1)), {
        code: 'AMENDMENT.RETRACTED',
        kind: 'conflict',
        field: 'correctsEventId',
        rule: 'not-retracted',
      });
    });
  });

  describe('who', () => {
    it('an admin corrects anyone’s event', () => {
      const { s, harvestId } = shippedOn();
      expect(s.when(admin, decideCorrectEvent, correction(harvestId, 40))).toHaveLength(1);
    });

    it.each([
      ['the processor, who now holds most of the lot', processor],
      ['an inspector', inspector],
    ])('refuses %s correcting Asel’s harvest (403)', (_, actor) => {
      const { s, harvestId } = shippedOn();
      expectRefusal(() => s.when(actor, decideCorrectEvent, correction(harvestId, 40)), {
        code: 'ACCESS.NOT_RECORDER',
        kind: 'forbidden',
        field: null,
        rule: 'recorder-or-admin',
        recordedBy: 'producer:asel',
      });
    });
  });

  it('refuses a correction without a reason, and one dated beyond the clock skew', () => {
    const { s, harvestId } = shippedOn();
    expectRefusal(() => s.when(asel, decideCorrectEvent, correction(harvestId, 40, { reason: '' })), { code: 'FACT.TEXT_REQUIRED', kind: 'invalid', field: 'reason', rule: 'required' });
    expectRefusal(() => s.when(asel, decideCorrectEvent, correction(harvestId, 40, { correctedAt: plusMs(NOW.toISOString(), CLOCK_SKEW_MS + 1) })), {
      code: 'TIME.IN_FUTURE',
      kind: 'invalid',
      field: 'correctedAt',
      rule: 'not-in-future',
    });
  });
});

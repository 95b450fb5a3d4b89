import { RecordedLotEvent } from '../../lot-event';
import { PARTIES } from '../../lot-world.testing';
import { Scenario, combHoneyHarvest, givenCombHoney, scenario } from '../../lot-scenario.testing';
import { decideCorrectEvent } from '../../correct-event/decide-correct-event';
import { decidePlaceHold } from '../../place-hold/decide-place-hold';
import { decideRecordHarvest } from '../../record-harvest/decide-record-harvest';
import { decideRecordReceipt } from '../../record-receipt/decide-record-receipt';
import { decideRecordRecall } from '../../record-recall/decide-record-recall';
import { decideRecordRetailSale } from '../../record-retail-sale/decide-record-retail-sale';
import { decideRecordShipment } from '../../record-shipment/decide-record-shipment';
import { decideRecordTransformation } from '../../record-transformation/decide-record-transformation';
import { decideReleaseHold } from '../../release-hold/decide-release-hold';
import { decideRetractEvent } from '../../retract-event/decide-retract-event';
import { movementsOf } from './lot-movement';
import { openFlagsOf } from './open-lot-flags';

const { asel, processor, shop, inspector, admin } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const history = (s: Scenario, lotId: string): RecordedLotEvent[] => [...(s.ledger.context(admin, [lotId]).lots.get(lotId) ?? [])];

/** Asel's 100 kg of comb honey shipped to Karakol, arriving `arrived` kg. */
function shippedToKarakol(s: Scenario, lotId: string, arrived: number): string[] {
  givenCombHoney(s, lotId, 100);
  s.given(asel, decideRecordShipment, {
    shipmentId: 'S-1', fromPlaceId: 'apiary:tamga-1', to: { partyId: processor.partyId, placeId: 'workshop:karakol' },
    lots: [{ lotId, quantity: kg(100) }], shippedAt: '2026-08-01T03:00:00Z',
  });
  return s.given(processor, decideRecordReceipt, { shipmentId: 'S-1', lots: [{ lotId, quantity: kg(arrived) }], receivedAt: '2026-08-01T09:00:00Z' });
}

describe('the movements of a lot, as a mass balance counts them', () => {
  it('names where each quantity moved, who held it and what it belongs to', () => {
    const s = scenario();
    shippedToKarakol(s, 'C-1', 97);
    s.given(processor, decideRecordTransformation, {
      transformationId: 'X-1', process: 'extraction', placeId: 'workshop:karakol', transformedAt: '2026-08-02T03:00:00Z',
      inputs: [{ lotId: 'C-1', quantity: kg(97) }], outputs: [{ lotId: 'HN-1', productId: 'product:sainfoin-honey', quantity: kg(70) }],
    });
    const moves = movementsOf('C-1', history(s, 'C-1')).map(({ kind, quantity, placeId, partyId, counterPlaceId, reference, detail }) => ({ kind, quantity, placeId, partyId, counterPlaceId, reference, detail }));
    expect(moves).toEqual([
      { kind: 'harvested', quantity: { amount: 100, unit: 'KGM' }, placeId: 'apiary:tamga-1', partyId: asel.partyId, counterPlaceId: null, reference: null, detail: 'village:tamga' },
      { kind: 'shipped', quantity: { amount: 100, unit: 'KGM' }, placeId: 'apiary:tamga-1', partyId: asel.partyId, counterPlaceId: 'workshop:karakol', reference: 'S-1', detail: null },
      { kind: 'received', quantity: { amount: 97, unit: 'KGM' }, placeId: 'workshop:karakol', partyId: processor.partyId, counterPlaceId: null, reference: 'S-1', detail: null },
      { kind: 'consumed', quantity: { amount: 97, unit: 'KGM' }, placeId: 'workshop:karakol', partyId: processor.partyId, counterPlaceId: null, reference: 'X-1', detail: 'extraction' },
    ]);
    expect(movementsOf('HN-1', history(s, 'HN-1'))).toMatchObject([{ kind: 'made', quantity: { amount: 70, unit: 'KGM' }, placeId: 'workshop:karakol', reference: 'X-1' }]);
  });

  it('counts a corrected event with its correction and keeps a retracted one, marked', () => {
    const s = scenario();
    const [receipt] = shippedToKarakol(s, 'C-2', 90);
    s.given(processor, decideCorrectEvent, { lotId: 'C-2', correctsEventId: receipt, reason: 'misread the scale', quantity: kg(99), correctedAt: '2026-08-01T10:00:00Z' });
    s.given(processor, decideRecordShipment, {
      shipmentId: 'S-2', fromPlaceId: 'workshop:karakol', to: { partyId: shop.partyId, placeId: 'shop:ovop-bishkek' }, lots: [{ lotId: 'C-2', quantity: kg(10) }], shippedAt: '2026-08-03T03:00:00Z',
    });
    s.given(shop, decideRecordReceipt, { shipmentId: 'S-2', lots: [{ lotId: 'C-2', quantity: kg(10) }], receivedAt: '2026-08-03T09:00:00Z' });
    const [sold] = s.given(shop, decideRecordRetailSale, { saleId: 'SALE-1', lotId: 'C-2', shopPlaceId: 'shop:ovop-bishkek', quantity: kg(2), soldAt: '2026-08-04T09:00:00Z' });
    s.given(shop, decideRetractEvent, { lotId: 'C-2', retractsEventId: sold, reason: 'entered on the wrong lot', retractedAt: '2026-08-04T10:00:00Z' });
    const moves = movementsOf('C-2', history(s, 'C-2'));
    expect(moves.find((m) => m.eventId === receipt)).toMatchObject({ kind: 'received', quantity: { amount: 99, unit: 'KGM' }, corrected: true, retracted: false });
    expect(moves.find((m) => m.eventId === sold)).toMatchObject({ kind: 'sold', quantity: { amount: 2, unit: 'KGM' }, retracted: true });
  });

  it('reads new events alone as it reads them in the whole history, when none amends another', () => {
    const s = scenario();
    shippedToKarakol(s, 'C-3', 100);
    const all = history(s, 'C-3');
    expect([...movementsOf('C-3', all.slice(0, 1)), ...movementsOf('C-3', all.slice(1))]).toEqual(movementsOf('C-3', all));
  });
});

describe('the open flags of a lot', () => {
  it('flags a shipment that arrived more than 2 % short, and no longer once the receipt is corrected', () => {
    const s = scenario();
    const [receipt] = shippedToKarakol(s, 'C-4', 97);
    expect(openFlagsOf('C-4', history(s, 'C-4'))).toEqual([
      {
        lotId: 'C-4', flagId: receipt, kind: 'loss-in-transit', raisedAt: '2026-08-01T09:00:00.000Z', raisedBy: processor.partyId,
        details: { shipmentId: 'S-1', shipped: { amount: 100, unit: 'KGM' }, received: { amount: 97, unit: 'KGM' }, lost: { amount: 3, unit: 'KGM' }, lossPercent: 3, thresholdPercent: 2 },
      },
    ]);
    s.given(processor, decideCorrectEvent, { lotId: 'C-4', correctsEventId: receipt, reason: 'recounted', quantity: kg(98), correctedAt: '2026-08-01T10:00:00Z' });
    expect(openFlagsOf('C-4', history(s, 'C-4'))).toEqual([]);
  });

  it('a loss of exactly 2 % is not flagged', () => {
    const s = scenario();
    shippedToKarakol(s, 'C-5', 98);
    expect(openFlagsOf('C-5', history(s, 'C-5'))).toEqual([]);
  });

  it('keeps a hold open until it is released, and a recall until it is retracted', () => {
    const s = scenario();
    givenCombHoney(s, 'C-6', 50);
    s.given(asel, decidePlaceHold, { holdId: 'HOLD-1', lotId: 'C-6', reason: 'varroa treatment', heldAt: '2026-07-16T03:00:00Z' });
    s.given(asel, decidePlaceHold, { holdId: 'HOLD-2', lotId: 'C-6', reason: 'moisture', heldAt: '2026-07-16T04:00:00Z' });
    s.given(asel, decideReleaseHold, { holdId: 'HOLD-1', lotId: 'C-6', reason: 'lab passed', releasedAt: '2026-07-17T03:00:00Z' });
    const [recall] = s.given(inspector, decideRecordRecall, { recallId: 'R-1', lotId: 'C-6', reason: 'antibiotic residue', scope: 'whole-lot', recalledAt: '2026-07-18T03:00:00Z' });
    expect(openFlagsOf('C-6', history(s, 'C-6')).map((f) => [f.kind, f.details])).toEqual([
      ['hold', { holdId: 'HOLD-2', reason: 'moisture' }],
      ['recall', { recallId: 'R-1', reason: 'antibiotic residue', scope: 'whole-lot' }],
    ]);
    s.given(inspector, decideRetractEvent, { lotId: 'C-6', retractsEventId: recall, reason: 'wrong lot', retractedAt: '2026-07-18T04:00:00Z' });
    expect(openFlagsOf('C-6', history(s, 'C-6')).map((f) => f.kind)).toEqual(['hold']);
  });

  it('keeps an origin flag, with its details, until an inspector dismisses it', () => {
    const s = scenario();
    const [, flagged] = s.given(asel, decideRecordHarvest, combHoneyHarvest('C-7', 20, { productId: 'product:sainfoin-honey' }));
    expect(openFlagsOf('C-7', history(s, 'C-7'))).toEqual([
      {
        lotId: 'C-7', flagId: flagged, kind: 'origin-not-registered', raisedAt: '2026-07-15T00:30:00.000Z', raisedBy: asel.partyId,
        details: { message: 'village:tamga is not registered for product:sainfoin-honey on the harvest date', villageId: 'village:tamga', productId: 'product:sainfoin-honey', registeredProductIds: ['product:comb-honey'] },
      },
    ]);
    s.given(inspector, decideRetractEvent, { lotId: 'C-7', retractsEventId: flagged, reason: 'registration was late', retractedAt: '2026-07-20T03:00:00Z' });
    expect(openFlagsOf('C-7', history(s, 'C-7'))).toEqual([]);
  });
});

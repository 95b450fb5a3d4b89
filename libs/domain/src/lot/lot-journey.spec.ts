import { Party } from '../master-data/party/party';
import { decideCorrectEvent } from './correct-event/decide-correct-event';
import { heldBy, onHandMilli } from './lot-state';
import { PARTIES } from './lot-world.testing';
import { Scenario, combHoneyHarvest, expectRefusal, scenario } from './lot-scenario.testing';
import { decideRecordExport } from './record-export/decide-record-export';
import { decideRecordHarvest } from './record-harvest/decide-record-harvest';
import { decideRecordInspection } from './record-inspection/decide-record-inspection';
import { decideRecordPacking } from './record-packing/decide-record-packing';
import { decideRecordRecall } from './record-recall/decide-record-recall';
import { decideRecordReceipt } from './record-receipt/decide-record-receipt';
import { decideRecordRetailSale } from './record-retail-sale/decide-record-retail-sale';
import { decideRecordShipment } from './record-shipment/decide-record-shipment';
import { decideRecordSplit } from './record-split/decide-record-split';
import { decideRecordTransformation } from './record-transformation/decide-record-transformation';

const { asel, processor, shop, exporter, lab, inspector } = PARTIES;
const kg = (amount: number) => ({ amount, unit: 'kg' });
const jars = Array.from({ length: 40 }, (_, i) => `J${String(i + 1).padStart(3, '0')}`);

/** Ships `amount` kg of a lot from `from` to `to` (at the first place each operates) and records its receipt in full. */
function deliver(s: Scenario, lotId: string, amount: number, from: Party, to: Party, shipmentId: string, day: string): string {
  s.given(from, decideRecordShipment, {
    shipmentId,
    fromPlaceId: from.operatesPlaceIds[0],
    to: { partyId: to.partyId, placeId: to.operatesPlaceIds[0] },
    lots: [{ lotId, quantity: kg(amount) }],
    carrier: 'Issyk-Kul Cargo',
    shippedAt: `${day}T08:00:00+06:00`,
  });
  const [receiptId] = s.given(to, decideRecordReceipt, { shipmentId, lots: [{ lotId, quantity: kg(amount) }], receivedAt: `${day}T18:00:00+06:00` });
  return receiptId;
}

/**
 * Asel's comb honey from Tamga, from the apiary to a jar in Bishkek and a crate to Kyoto: each step
 * is decided by the rules and recorded, so each later step is judged on the history before it.
 */
function honeyFromTamga(): { s: Scenario; harvestId: string } {
  const s = scenario();
  // Harvest: 120 kg of comb honey at Asel's apiary, a product Tamga is registered for (no flag).
  const [harvestId, ...flags] = s.given(asel, decideRecordHarvest, combHoneyHarvest('TMG-2026-07', 120));
  expect(flags).toEqual([]);
  // To the Karakol workshop, and extraction into sainfoin honey (0.75) and beeswax (~0.083).
  deliver(s, 'TMG-2026-07', 120, asel, processor, 'SH-TMG-KRK', '2026-07-18');
  s.given(processor, decideRecordTransformation, {
    transformationId: 'EXT-0718',
    process: 'extraction',
    placeId: 'workshop:karakol',
    inputs: [{ lotId: 'TMG-2026-07', quantity: kg(120) }],
    outputs: [
      { lotId: 'HNY-2026-07', productId: 'product:sainfoin-honey', quantity: kg(90) },
      { lotId: 'WAX-2026-07', productId: 'product:beeswax', quantity: kg(10) },
    ],
    transformedAt: '2026-07-19T10:00:00+06:00',
  });
  // Split the honey: one part for the OVOP shop, one for export; pack the shop's part in 500 g jars.
  s.given(processor, decideRecordSplit, {
    transformationId: 'SPL-0720',
    lotId: 'HNY-2026-07',
    placeId: 'workshop:karakol',
    outputs: [
      { lotId: 'HNY-2026-07-SHOP', quantity: kg(40) },
      { lotId: 'HNY-2026-07-EXP', quantity: kg(50) },
    ],
    splitAt: '2026-07-20T10:00:00+06:00',
  });
  s.given(processor, decideRecordPacking, {
    packingId: 'PK-0721',
    lotId: 'HNY-2026-07-SHOP',
    placeId: 'workshop:karakol',
    unitSize: { amount: 500, unit: 'g' },
    serials: jars,
    packedAt: '2026-07-21T10:00:00+06:00',
  });
  // The jars go to Bishkek; the shop sells ten of them, scanned at the till.
  deliver(s, 'HNY-2026-07-SHOP', 40, processor, shop, 'SH-KRK-BSK', '2026-07-22');
  s.given(shop, decideRecordRetailSale, { saleId: 'S-0801', lotId: 'HNY-2026-07-SHOP', shopPlaceId: 'shop:ovop-bishkek', serials: jars.slice(0, 10), soldAt: '2026-08-01T12:00:00+06:00' });
  // The rest goes to the exporter and leaves for Japan.
  deliver(s, 'HNY-2026-07-EXP', 50, processor, exporter, 'SH-KRK-EXP', '2026-07-25');
  s.given(exporter, decideRecordExport, {
    shipmentId: 'EX-JP-0805',
    fromPlaceId: 'border-post:ak-jol',
    lots: [{ lotId: 'HNY-2026-07-EXP', quantity: kg(50) }],
    destinationCountry: 'JP',
    buyer: { name: 'Kyoto Mitsubachi KK', country: 'JP' },
    customsDeclaration: 'KG-DT-2026-0805-117',
    certificateOfOrigin: 'CT-KG-2026-5521',
    hsCode: '0409.00',
    exportedAt: '2026-08-05T09:00:00+06:00',
  });
  return { s, harvestId };
}

describe('the journey of a lot of Tamga honey', () => {
  it('from harvest to a jar in Bishkek and a crate to Kyoto, every lot adds up', () => {
    const { s } = honeyFromTamga();
    // The comb honey and the honey before the split were used up whole; nothing is in transit.
    expect(s.lot('TMG-2026-07')).toMatchObject({ status: 'used-up', holdings: [], inTransit: [] });
    expect(s.lot('HNY-2026-07')).toMatchObject({ status: 'used-up', holdings: [] });
    // The wax stays at the workshop.
    expect(s.lot('WAX-2026-07').holdings).toEqual([{ partyId: 'processor:karakol-honey', placeId: 'workshop:karakol', milli: 10_000 }]);
    // The shop holds 40 kg less the ten jars sold, and thirty jars are still unsold.
    const shopLot = s.lot('HNY-2026-07-SHOP');
    expect(shopLot.holdings).toEqual([{ partyId: 'shop:ovop-bishkek', placeId: 'shop:ovop-bishkek', milli: 35_000 }]);
    expect(shopLot.packedUnits.size).toBe(30);
    expect(shopLot.packedUnits.has('J001')).toBe(false);
    // The export lot left the country whole.
    expect(s.lot('HNY-2026-07-EXP')).toMatchObject({ status: 'used-up', holdings: [], inTransit: [] });
  });

  it('a failed lab test leads to a recall: the shop sells no more jars, the lab still tests, and the used-up source is recalled too', () => {
    const { s } = honeyFromTamga();
    const tested = s.when(lab, decideRecordInspection, {
      inspectionId: 'LAB-0803',
      lotId: 'HNY-2026-07-SHOP',
      results: [{ parameter: 'HMF', value: 46, unit: 'mg/kg', max: 40 }],
      inspectedAt: '2026-08-03T10:00:00+06:00',
    });
    expect(tested[0].event.data).toMatchObject({ outcome: 'failed' });
    s.ledger.record(tested, lab);
    s.given(inspector, decideRecordRecall, { recallId: 'RC-0804', lotId: 'HNY-2026-07-SHOP', reason: 'HMF 46 mg/kg, above 40', scope: 'whole-lot', recalledAt: '2026-08-04T09:00:00+06:00' });

    expectRefusal(
      () => s.when(shop, decideRecordRetailSale, { saleId: 'S-0805', lotId: 'HNY-2026-07-SHOP', shopPlaceId: 'shop:ovop-bishkek', serials: ['J011'], soldAt: '2026-08-05T12:00:00+06:00' }),
      { code: 'LIFECYCLE.RECALLED', kind: 'conflict', field: 'lotId', rule: 'not-recalled', recallId: 'RC-0804' },
    );
    expect(s.when(lab, decideRecordInspection, { inspectionId: 'LAB-0806', lotId: 'HNY-2026-07-SHOP', results: [{ parameter: 'HMF', value: 45, unit: 'mg/kg', max: 40 }], inspectedAt: '2026-08-06T10:00:00+06:00' })).toHaveLength(1);
    // The comb honey it was made from is used up, yet may be recalled too: its goods live on downstream.
    expect(s.when(inspector, decideRecordRecall, { recallId: 'RC-0804-SRC', lotId: 'TMG-2026-07', reason: 'source of a recalled lot', scope: 'whole-lot', recalledAt: '2026-08-04T09:30:00+06:00' })).toHaveLength(1);
  });

  it('a harvest weighed too light is corrected: the comb honey lot reads the right weight, and cannot be corrected below what left it', () => {
    const { s, harvestId } = honeyFromTamga();
    const correct = (amount: number) => ({
      lotId: 'TMG-2026-07',
      correctsEventId: harvestId,
      reason: 'the apiary scale read 0.4 kg light',
      quantity: kg(amount),
      correctedAt: '2026-08-06T09:00:00+06:00',
    });
    s.given(asel, decideCorrectEvent, correct(120.4));
    const comb = s.lot('TMG-2026-07');
    expect(comb.status).toBe('active');
    expect(heldBy(comb, asel.partyId)).toBe(400);
    expect(onHandMilli(comb)).toBe(400);

    expectRefusal(() => s.when(asel, decideCorrectEvent, correct(119.999)), {
      code: 'MASS_BALANCE.AMENDMENT_UNBALANCED',
      kind: 'conflict',
      field: 'quantity',
      rule: 'mass-balance',
      partyId: 'producer:asel',
      wouldHold: { amount: -0.001, unit: 'KGM' },
    });
  });
});

import { decideCorrectEvent } from './correct-event/decide-correct-event';
import { decideExpireCertificate } from './expire-certificate/decide-expire-certificate';
import { ABSENT_LOT, foldLot, heldBy, onHandMilli } from './lot-state';
import { PARTIES } from './lot-world.testing';
import { HARVESTED_AT, combHoneyHarvest, givenCombHoney, givenDelivered, scenario } from './lot-scenario.testing';
import { decidePlaceHold } from './place-hold/decide-place-hold';
import { decideRecordCertification } from './record-certification/decide-record-certification';
import { decideRecordHarvest } from './record-harvest/decide-record-harvest';
import { decideRecordInspection } from './record-inspection/decide-record-inspection';
import { decideRecordPacking } from './record-packing/decide-record-packing';
import { decideRecordRecall } from './record-recall/decide-record-recall';
import { decideRecordReceipt } from './record-receipt/decide-record-receipt';
import { decideRecordRetailSale } from './record-retail-sale/decide-record-retail-sale';
import { decideRecordShipment } from './record-shipment/decide-record-shipment';
import { decideRecordTransformation } from './record-transformation/decide-record-transformation';
import { decideReleaseHold } from './release-hold/decide-release-hold';
import { decideRetractEvent } from './retract-event/decide-retract-event';
import { decideRevokeCertificate } from './revoke-certificate/decide-revoke-certificate';

const { asel, group, processor, shop, certifier, inspector, lab } = PARTIES;
const LOT = 'TMG-1';
const kg = (amount: number) => ({ amount, unit: 'kg' });
const shipToProcessor = (shipmentId: string, amount: number) => ({
  shipmentId,
  fromPlaceId: 'apiary:tamga-1',
  to: { partyId: processor.partyId, placeId: 'workshop:karakol' },
  lots: [{ lotId: LOT, quantity: kg(amount) }],
  shippedAt: '2026-08-01T03:00:00Z',
});

describe('fold a lot', () => {
  it('a lot with no events is absent', () => {
    expect(foldLot(LOT, [])).toBe(ABSENT_LOT);
  });

  it('a harvested lot is held by its producer at the harvest site, in thousandths of the product unit', () => {
    const s = scenario();
    const [harvestId] = givenCombHoney(s, LOT, 42.5);
    expect(s.ledger.lot(LOT)).toEqual({
      status: 'active',
      lotId: LOT,
      productId: 'product:comb-honey',
      unit: 'KGM',
      createdAt: HARVESTED_AT,
      creatorId: 'producer:asel',
      holdings: [{ partyId: 'producer:asel', placeId: 'apiary:tamga-1', milli: 42_500 }],
      inTransit: [],
      packedUnits: new Map(),
      serialsEverPacked: new Set(),
      openHolds: new Map(),
      recallId: null,
      recalledSerials: new Set(),
      certificates: [],
      events: new Map([[harvestId, { type: 'lot.harvested', actorId: 'producer:asel', retracted: false }]]),
      latestEventAt: HARVESTED_AT,
    });
  });

  it('a harvest recorded by the village group is held by the producer, created by the group, at the village when no site is named', () => {
    const s = scenario();
    s.given(group, decideRecordHarvest, combHoneyHarvest(LOT, 10, { placeId: undefined }));
    expect(s.lot(LOT)).toMatchObject({ creatorId: 'group:tamga-beekeepers', holdings: [{ partyId: 'producer:asel', placeId: 'village:tamga', milli: 10_000 }] });
  });

  describe('custody', () => {
    it('a shipment leaves the sender with the rest and is in transit to the addressee', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideRecordShipment, shipToProcessor('SH-1', 30));
      const lot = s.lot(LOT);
      expect(lot.holdings).toEqual([{ partyId: 'producer:asel', placeId: 'apiary:tamga-1', milli: 12_500 }]);
      expect(lot.inTransit).toEqual([
        {
          shipmentId: 'SH-1',
          milli: 30_000,
          from: { partyId: 'producer:asel', placeId: 'apiary:tamga-1' },
          to: { partyId: 'processor:karakol-honey', placeId: 'workshop:karakol' },
          shippedAt: '2026-08-01T03:00:00.000Z',
        },
      ]);
      expect(onHandMilli(lot)).toBe(12_500);
    });

    it('a lot wholly in transit is not used up: nobody holds it, but it is on its way', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideRecordShipment, shipToProcessor('SH-1', 42.5));
      expect(s.lot(LOT)).toMatchObject({ status: 'active', holdings: [] });
      expect(onHandMilli(s.lot(LOT))).toBe(0);
    });

    it('a receipt gives the addressee what arrived at its place; less than shipped is a loss, and the shipment is closed', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideRecordShipment, shipToProcessor('SH-1', 42.5));
      s.given(processor, decideRecordReceipt, { shipmentId: 'SH-1', lots: [{ lotId: LOT, quantity: kg(42.1) }], receivedAt: '2026-08-01T09:00:00Z' });
      const lot = s.lot(LOT);
      expect(lot).toMatchObject({ status: 'active', inTransit: [], holdings: [{ partyId: 'processor:karakol-honey', placeId: 'workshop:karakol', milli: 42_100 }] });
      expect(heldBy(lot, 'producer:asel')).toBe(0);
      expect(heldBy(lot, 'processor:karakol-honey')).toBe(42_100);
    });

    it('several custodians each hold their part, and the lot holds their sum', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 42.5);
      givenDelivered(s, LOT, 0.1, asel, processor, 'SH-1');
      const lot = s.lot(LOT);
      expect(heldBy(lot, 'producer:asel')).toBe(42_400);
      expect(heldBy(lot, 'processor:karakol-honey')).toBe(100);
      expect(onHandMilli(lot)).toBe(42_500);
    });
  });

  describe('used up', () => {
    it('a lot whose every gram was sold is used up', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 5);
      givenDelivered(s, LOT, 5, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: LOT, shopPlaceId: 'shop:ovop-bishkek', quantity: kg(5), soldAt: '2026-08-02T06:00:00Z' });
      expect(s.lot(LOT)).toMatchObject({ status: 'used-up', holdings: [], inTransit: [] });
    });

    it('what was lost in transit is gone: the shop holds only what arrived, and once that is sold the lot is used up', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 5);
      s.given(asel, decideRecordShipment, { ...shipToProcessor('SH-1', 5), to: { partyId: shop.partyId, placeId: 'shop:ovop-bishkek' } });
      s.given(shop, decideRecordReceipt, { shipmentId: 'SH-1', lots: [{ lotId: LOT, quantity: kg(4.999) }], receivedAt: '2026-08-01T09:00:00Z' });
      expect(s.lot(LOT)).toMatchObject({ status: 'active', holdings: [{ partyId: 'shop:ovop-bishkek', milli: 4_999 }] });
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: LOT, shopPlaceId: 'shop:ovop-bishkek', quantity: kg(4.999), soldAt: '2026-08-02T06:00:00Z' });
      expect(s.lot(LOT).status).toBe('used-up');
    });

    it('a lot wholly consumed by a transformation is used up; its outputs are created at the workshop, held by the processor', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 100);
      givenDelivered(s, LOT, 100, asel, processor, 'SH-1');
      s.given(processor, decideRecordTransformation, {
        transformationId: 'TR-1',
        process: 'extraction',
        placeId: 'workshop:karakol',
        inputs: [{ lotId: LOT, quantity: kg(100) }],
        outputs: [
          { lotId: 'HNY-1', productId: 'product:sainfoin-honey', quantity: kg(75) },
          { lotId: 'WAX-1', productId: 'product:beeswax', quantity: kg(8) },
        ],
        transformedAt: '2026-08-03T04:00:00Z',
      });
      expect(s.lot(LOT)).toMatchObject({ status: 'used-up', holdings: [] });
      expect(s.lot('HNY-1')).toMatchObject({
        status: 'active',
        productId: 'product:sainfoin-honey',
        unit: 'KGM',
        createdAt: '2026-08-03T04:00:00.000Z',
        creatorId: 'processor:karakol-honey',
        holdings: [{ partyId: 'processor:karakol-honey', placeId: 'workshop:karakol', milli: 75_000 }],
      });
      expect(s.lot('WAX-1').holdings).toEqual([{ partyId: 'processor:karakol-honey', placeId: 'workshop:karakol', milli: 8_000 }]);
    });
  });

  describe('corrections and retractions', () => {
    const correctHarvest = (correctsEventId: string, amount: number) => ({
      lotId: LOT,
      correctsEventId,
      reason: 'the scale at the apiary was not tared',
      quantity: kg(amount),
      correctedAt: '2026-08-05T06:00:00Z',
    });

    it('a corrected event counts with its corrected quantity; the audit keeps both', () => {
      const s = scenario();
      const [harvestId] = givenCombHoney(s, LOT, 42.5);
      const [correctionId] = s.given(asel, decideCorrectEvent, correctHarvest(harvestId, 40));
      const lot = s.lot(LOT);
      expect(lot.holdings).toEqual([{ partyId: 'producer:asel', placeId: 'apiary:tamga-1', milli: 40_000 }]);
      expect([...lot.events.keys()]).toEqual([harvestId, correctionId]);
    });

    it('the latest correction of an event wins', () => {
      const s = scenario();
      const [harvestId] = givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideCorrectEvent, correctHarvest(harvestId, 40));
      s.given(asel, decideCorrectEvent, correctHarvest(harvestId, 41));
      expect(onHandMilli(s.lot(LOT))).toBe(41_000);
    });

    it('a retracted correction no longer corrects: the earlier correction, or the original, counts again', () => {
      const s = scenario();
      const [harvestId] = givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideCorrectEvent, correctHarvest(harvestId, 40));
      const [second] = s.given(asel, decideCorrectEvent, correctHarvest(harvestId, 41));
      s.given(asel, decideRetractEvent, { lotId: LOT, retractsEventId: second, reason: 'entered twice', retractedAt: '2026-08-06T06:00:00Z' });
      expect(onHandMilli(s.lot(LOT))).toBe(40_000);
      expect(s.lot(LOT).events.get(second)).toEqual({ type: 'lot.corrected', actorId: 'producer:asel', retracted: true });
    });

    it('a retracted sale is as if it had not happened, and is remembered as retracted', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 5);
      givenDelivered(s, LOT, 5, asel, shop, 'SH-1');
      const [saleId] = s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: LOT, shopPlaceId: 'shop:ovop-bishkek', quantity: kg(5), soldAt: '2026-08-02T06:00:00Z' });
      expect(s.lot(LOT).status).toBe('used-up');
      s.given(shop, decideRetractEvent, { lotId: LOT, retractsEventId: saleId, reason: 'sold from another lot', retractedAt: '2026-08-02T07:00:00Z' });
      expect(s.lot(LOT)).toMatchObject({ status: 'active', holdings: [{ partyId: 'shop:ovop-bishkek', milli: 5_000 }] });
      expect(s.lot(LOT).events.get(saleId)).toEqual({ type: 'lot.sold', actorId: 'shop:ovop-bishkek', retracted: true });
    });

    it('a corrected receipt gives the receiver the corrected quantity', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 42.5);
      s.given(asel, decideRecordShipment, shipToProcessor('SH-1', 42.5));
      const [receiptId] = s.given(processor, decideRecordReceipt, { shipmentId: 'SH-1', lots: [{ lotId: LOT, quantity: kg(40) }], receivedAt: '2026-08-01T09:00:00Z' });
      s.given(processor, decideCorrectEvent, { lotId: LOT, correctsEventId: receiptId, reason: 'two buckets were counted late', quantity: kg(42.5), correctedAt: '2026-08-01T10:00:00Z' });
      expect(heldBy(s.lot(LOT), processor.partyId)).toBe(42_500);
    });
  });

  describe('certificates', () => {
    const certify = { certificateId: 'ORG-1', lotId: LOT, schemeId: 'scheme:organic', validFrom: '2026-08-01', validUntil: '2026-08-20', certifiedAt: '2026-08-01T06:00:00Z' };

    it('a certificate is valid with its issuer and period, then revoked', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      s.given(certifier, decideRecordCertification, certify);
      expect(s.lot(LOT).certificates).toEqual([
        { certificateId: 'ORG-1', schemeId: 'scheme:organic', validFrom: '2026-08-01', validUntil: '2026-08-20', issuerId: 'certifier:bio-kg', status: 'valid' },
      ]);
      s.given(inspector, decideRevokeCertificate, { lotId: LOT, certificateId: 'ORG-1', reason: 'antibiotics found', revokedAt: '2026-08-10T06:00:00Z' });
      expect(s.lot(LOT).certificates[0].status).toBe('revoked');
    });

    it('a certificate expires after its last day', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      s.given(certifier, decideRecordCertification, certify);
      s.given(certifier, decideExpireCertificate, { lotId: LOT, certificateId: 'ORG-1', expiredAt: '2026-08-21T00:00:00+06:00' });
      expect(s.lot(LOT).certificates[0].status).toBe('expired');
    });
  });

  describe('holds and recalls', () => {
    it('each hold stays open, with who placed it, until released', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      s.given(inspector, decidePlaceHold, { holdId: 'H-1', lotId: LOT, reason: 'HMF suspected high', heldAt: '2026-08-01T06:00:00Z' });
      s.given(asel, decidePlaceHold, { holdId: 'H-2', lotId: LOT, reason: 'a swarm got into the store', heldAt: '2026-08-01T07:00:00Z' });
      expect(s.lot(LOT).openHolds).toEqual(new Map([['H-1', { heldBy: 'inspector:nurlan' }], ['H-2', { heldBy: 'producer:asel' }]]));
      s.given(asel, decideReleaseHold, { holdId: 'H-2', lotId: LOT, reason: 'store cleaned', releasedAt: '2026-08-02T06:00:00Z' });
      expect([...s.lot(LOT).openHolds.keys()]).toEqual(['H-1']);
    });

    it('a recall is remembered by its id', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      s.given(inspector, decideRecordRecall, { recallId: 'RC-1', lotId: LOT, reason: 'antibiotics', scope: 'whole-lot', recalledAt: '2026-08-10T06:00:00Z' });
      expect(s.lot(LOT).recallId).toBe('RC-1');
    });
  });

  describe('packing', () => {
    const pack = (packingId: string, serials: string[]) => ({
      packingId,
      lotId: LOT,
      placeId: 'apiary:tamga-1',
      unitSize: { amount: 500, unit: 'g' },
      serials,
      packedAt: '2026-07-20T06:00:00Z',
    });

    it('packed units stay part of the lot, each with its size; a sold unit is no longer unsold but its serial stays used', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      s.given(asel, decideRecordPacking, pack('P-1', ['J1', 'J2', 'J3']));
      expect(s.lot(LOT)).toMatchObject({ packedUnits: new Map([['J1', 500], ['J2', 500], ['J3', 500]]), holdings: [{ milli: 10_000 }] });
      givenDelivered(s, LOT, 1.5, asel, shop, 'SH-1');
      s.given(shop, decideRecordRetailSale, { saleId: 'S-1', lotId: LOT, shopPlaceId: 'shop:ovop-bishkek', serials: ['J2'], soldAt: '2026-08-02T06:00:00Z' });
      const lot = s.lot(LOT);
      expect([...lot.packedUnits.keys()]).toEqual(['J1', 'J3']);
      expect([...lot.serialsEverPacked]).toEqual(['J1', 'J2', 'J3']);
      expect(heldBy(lot, shop.partyId)).toBe(1_000);
    });

    it('a retracted packing leaves no units and frees its serials', () => {
      const s = scenario();
      givenCombHoney(s, LOT, 10);
      const [packingId] = s.given(asel, decideRecordPacking, pack('P-1', ['J1', 'J2']));
      s.given(asel, decideRetractEvent, { lotId: LOT, retractsEventId: packingId, reason: 'labels misprinted', retractedAt: '2026-07-21T06:00:00Z' });
      expect(s.lot(LOT)).toMatchObject({ packedUnits: new Map(), serialsEverPacked: new Set() });
    });
  });

  it('remembers the latest time any event says it happened, even when recorded out of order', () => {
    const s = scenario();
    givenCombHoney(s, LOT, 10);
    s.given(lab, decideRecordInspection, { inspectionId: 'I-2', lotId: LOT, results: [{ parameter: 'moisture', value: 17, unit: '%', max: 18 }], inspectedAt: '2026-08-10T06:00:00Z' });
    s.given(lab, decideRecordInspection, { inspectionId: 'I-1', lotId: LOT, results: [{ parameter: 'moisture', value: 17, unit: '%', max: 18 }], inspectedAt: '2026-08-01T06:00:00Z' });
    expect(s.lot(LOT).latestEventAt).toBe('2026-08-10T06:00:00.000Z');
  });
});

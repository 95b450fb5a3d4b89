import type { LotEvent } from '#tamga/domain';
import { journeyMasterData } from './journey-master-data.testing';

/** One recorded fact of the journey: the event and the copy stored on each lot it touches. */
export interface JourneyFact {
  readonly event: LotEvent;
  readonly copies: ReadonlyArray<{ readonly lotId: string; readonly eventId: string }>;
}

const at = (day: string, time = '09:00') => `2026-${day}T${time}:00+06:00`;
const kg = (amount: number) => ({ amount, unit: 'KGM' as const });

/**
 * For tests: one season of every lot event type, built by hand from the event types. Two honeycomb
 * harvests (one flagged, one corrected) are merged, extracted into honey and wax, the honey split,
 * packed, inspected, certified, held, shipped, received, sold (one sale retracted), exported and
 * recalled. Lot ids start with `tag` (keep it short: lot codes have 20 characters); master-data
 * ids end with it. `newEventId` names each stored copy (tests writing to Postgres pass randomUUID).
 */
export function lotJourney(tag: string, newEventId: () => string) {
  const m = journeyMasterData(tag === '' ? '' : `-${tag.toLowerCase()}`);
  const [, , tamga, barskoon, apiary, workshop, , shop, borderPost, lab] = m.places.map((p) => p.placeId);
  const [comb, honey, wax] = m.products.map((p) => p.productId);
  const [asel, nurlan, processor, shopParty] = m.parties.map((p) => p.partyId);
  const lot = { combA: `${tag}-CA`, combB: `${tag}-CB`, pool: `${tag}-POOL`, honey: `${tag}-HNY`, wax: `${tag}-WAX`, jars: `${tag}-H1`, bulk: `${tag}-H2` };
  const facts: JourneyFact[] = [];
  const record = (event: LotEvent, lots: readonly string[] = [(event.data as { lotId: string }).lotId]): string => {
    const copies = lots.map((lotId) => ({ lotId, eventId: newEventId() }));
    facts.push({ event, copies });
    return copies[0].eventId;
  };
  const portion = (lotId: string, productId: string, amount: number) => ({ lotId, productId, quantity: kg(amount) });
  const v = 1 as const;

  const harvestA = record({ type: 'lot.harvested', schemaVersion: v, data: { lotId: lot.combA, villageId: tamga, producerId: asel, productId: comb, quantity: kg(180), harvestedAt: at('07-12', '07:30'), location: { latitude: 42.155, longitude: 77.551 }, placeId: apiary } });
  record({ type: 'lot.harvested', schemaVersion: v, data: { lotId: lot.combB, villageId: barskoon, producerId: nurlan, productId: comb, quantity: kg(95.5), harvestedAt: at('07-14', '08:00'), location: { latitude: 42.152, longitude: 77.601 } } });
  record({ type: 'lot.flagged', schemaVersion: v, data: { lotId: lot.combB, flag: 'origin-not-registered', message: `${barskoon} is not registered for ${comb} on the harvest date`, flaggedAt: at('07-14', '08:00'), villageId: barskoon, productId: comb, registeredProductIds: [] } });
  record({ type: 'lot.corrected', schemaVersion: v, data: { lotId: lot.combA, correctsEventId: harvestA, reason: 'the scale was recalibrated', changes: { quantity: kg(178.5) }, correctedAt: at('07-13') } });
  const merge = { transformationId: `${tag}-merge-1`, placeId: workshop };
  record({ type: 'lot.merged', schemaVersion: v, data: { ...merge, inputs: [portion(lot.combA, comb, 170), portion(lot.combB, comb, 95.5)], outputs: [portion(lot.pool, comb, 265.5)], mergedAt: at('07-20') } }, [lot.combA, lot.combB, lot.pool]);
  record({ type: 'lot.transformed', schemaVersion: v, data: { transformationId: `${tag}-extract-1`, process: 'extraction', placeId: workshop, inputs: [portion(lot.pool, comb, 265.5)], outputs: [portion(lot.honey, honey, 200), portion(lot.wax, wax, 30)], transformedAt: at('07-21') } }, [lot.pool, lot.honey, lot.wax]);
  record({ type: 'lot.split', schemaVersion: v, data: { transformationId: `${tag}-split-1`, placeId: workshop, inputs: [portion(lot.honey, honey, 200)], outputs: [portion(lot.jars, honey, 120), portion(lot.bulk, honey, 80)], splitAt: at('07-22') } }, [lot.honey, lot.jars, lot.bulk]);
  record({ type: 'lot.packed', schemaVersion: v, data: { packingId: `${tag}-pack-1`, lotId: lot.jars, placeId: workshop, unitSize: kg(0.5), serials: ['0001', '0002', '0003', '0004'], packedAt: at('07-23') } });
  record({ type: 'lot.inspected', schemaVersion: v, data: { inspectionId: `${tag}-insp-1`, lotId: lot.jars, sampleId: 'S-1', placeId: lab, outcome: 'passed', inspectedAt: at('07-24'), report: { type: 'lab-report', id: 'KRK-LAB-2026-0712' }, results: [
    { parameter: 'moisture', value: 17.2, unit: '%', max: 20, withinLimits: true },
    { parameter: 'HMF', value: 12.5, unit: 'mg/kg', max: 40, withinLimits: true },
    { parameter: 'diastase', value: 9, unit: 'Schade', min: 8, withinLimits: true },
  ] } });
  record({ type: 'lot.held', schemaVersion: v, data: { holdId: `${tag}-hold-1`, lotId: lot.bulk, reason: 'pending HMF re-test', heldAt: at('07-24', '10:00') } });
  record({ type: 'lot.certified', schemaVersion: v, data: { certificateId: `${tag}-halal-1`, lotId: lot.jars, schemeId: `scheme:halal-${tag.toLowerCase()}`, validFrom: '2026-07-25', validUntil: '2027-07-24', certifiedAt: at('07-25') } });
  record({ type: 'lot.certified', schemaVersion: v, data: { certificateId: `${tag}-mik-1`, lotId: lot.jars, schemeId: 'scheme:made-in-kyrgyzstan', validFrom: '2026-07-25', validUntil: '2026-08-31', certifiedAt: at('07-25', '11:00') } });
  record({ type: 'lot.released', schemaVersion: v, data: { holdId: `${tag}-hold-1`, lotId: lot.bulk, reason: 'HMF re-test passed', releasedAt: at('07-26') } });
  const shipment = { shipmentId: `${tag}-ship-1`, lotId: lot.jars };
  record({ type: 'lot.shipped', schemaVersion: v, data: { ...shipment, quantity: kg(40), from: { partyId: processor, placeId: workshop }, to: { partyId: shopParty, placeId: shop }, carrier: 'Issyk-Kul Express', documents: [{ type: 'waybill', id: 'WB-2026-0042' }], shippedAt: at('07-27') } });
  record({ type: 'lot.received', schemaVersion: v, data: { ...shipment, quantity: kg(39.5), by: { partyId: shopParty, placeId: shop }, receivedAt: at('07-28') } });
  record({ type: 'lot.certificate-revoked', schemaVersion: v, data: { certificateId: `${tag}-halal-1`, lotId: lot.jars, reason: 'the audit found mislabelled jars', revokedAt: at('08-01') } });
  record({ type: 'lot.sold', schemaVersion: v, data: { saleId: `${tag}-sale-1`, lotId: lot.jars, quantity: kg(0.5), serials: ['0001'], at: { partyId: shopParty, placeId: shop }, soldAt: at('08-02') } });
  const wrongSale = record({ type: 'lot.sold', schemaVersion: v, data: { saleId: `${tag}-sale-2`, lotId: lot.jars, quantity: kg(1), at: { partyId: shopParty, placeId: shop }, soldAt: at('08-02', '12:00') } });
  record({ type: 'lot.retracted', schemaVersion: v, data: { lotId: lot.jars, retractsEventId: wrongSale, reason: 'entered on the wrong lot', retractedAt: at('08-03') } });
  record({ type: 'lot.exported', schemaVersion: v, data: { shipmentId: `${tag}-exp-1`, lotId: lot.bulk, quantity: kg(50), from: { partyId: processor, placeId: borderPost }, destinationCountry: 'JP', buyer: { name: 'Hokkaido Natural Foods KK', country: 'JP' }, customsDeclaration: 'KG-ED-2026-001234', certificateOfOrigin: 'CT-1-2026-0777', hsCode: '040900', documents: [{ type: 'invoice', id: 'INV-77' }], exportedAt: at('08-10') } });
  record({ type: 'lot.recalled', schemaVersion: v, data: { recallId: `${tag}-recall-1`, lotId: lot.wax, reason: 'residue above limit', scope: 'whole-lot', recalledAt: at('08-20') } });
  record({ type: 'lot.recalled', schemaVersion: v, data: { recallId: `${tag}-recall-2`, lotId: lot.jars, reason: 'cracked lids', scope: 'listed-units', serials: ['0003', '0004'], recalledAt: at('08-20', '10:00') } });
  record({ type: 'lot.certificate-expired', schemaVersion: v, data: { certificateId: `${tag}-mik-1`, lotId: lot.jars, expiredAt: at('09-01', '00:05') } });
  return { tag, masterData: m, lot, facts };
}

/** The journey's lots and facts. */
export type LotJourney = ReturnType<typeof lotJourney>;

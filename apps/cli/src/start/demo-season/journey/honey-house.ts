import { DemoFact } from '../demo-fact';
import { certify, hold, inspect, pack, release, transform } from '../facts';
import { kg, serials } from '../geo';
import { HONEY_HOUSE } from './honey-harvest';

const LAB = 'lab:issyk-kul-food-lab';
const ORGANIC = 'certifier:organic-kg';
// Honey's usual limits (Codex Alimentarius): moisture at most 20 %, HMF at most 40 mg/kg, diastase at least 8.
const honeyResults = (moisture: number, hmf: number, diastase: number) => [
  { parameter: 'moisture', value: moisture, unit: '%', max: 20 },
  { parameter: 'HMF', value: hmf, unit: 'mg/kg', max: 40 },
  { parameter: 'diastase activity', value: diastase, unit: 'Schade', min: 8 },
];

/**
 * The Tamga honey house extracts two batches: Tamga and Tosor combs together, Barskoon combs on
 * their own, each giving honey and beeswax. The Tamga batch passes its lab test and is certified
 * organic, regional brand and "Made in Kyrgyzstan", then jarred with a QR serial on every jar.
 * The Barskoon batch fails on moisture: the lab holds it until a proper re-sample passes and the
 * inspector releases it.
 */
export const HONEY_HOUSE_SEASON: readonly DemoFact[] = [
  transform('honey/extraction-tamga-tosor', HONEY_HOUSE.partyId, {
    transformationId: 'TRF-TMG-HNY-0724', process: 'extraction', placeId: HONEY_HOUSE.placeId, transformedAt: '2026-07-24T09:00:00+06:00',
    inputs: [
      { lotId: 'TMG-CMB-26-001', quantity: kg(62) },
      { lotId: 'TMG-CMB-26-002', quantity: kg(48.5) },
      { lotId: 'TMG-CMB-26-003', quantity: kg(55) },
      { lotId: 'TSR-CMB-26-003', quantity: kg(32.5) },
      { lotId: 'TSR-CMB-26-004', quantity: kg(41) },
    ],
    outputs: [
      { lotId: 'TMG-HNY-26-001', productId: 'product:white-sainfoin-honey', quantity: kg(180) },
      { lotId: 'TMG-WAX-26-001', productId: 'product:beeswax', quantity: kg(19) },
    ],
  }),
  transform('honey/extraction-barskoon', HONEY_HOUSE.partyId, {
    transformationId: 'TRF-BSK-HNY-0727', process: 'extraction', placeId: HONEY_HOUSE.placeId, transformedAt: '2026-07-27T09:00:00+06:00',
    inputs: [
      { lotId: 'BSK-CMB-26-001', quantity: kg(70) },
      { lotId: 'BSK-CMB-26-002', quantity: kg(85) },
      { lotId: 'BSK-CMB-26-003', quantity: kg(64) },
    ],
    outputs: [
      { lotId: 'BSK-HNY-26-001', productId: 'product:white-sainfoin-honey', quantity: kg(165) },
      { lotId: 'BSK-WAX-26-001', productId: 'product:beeswax', quantity: kg(17) },
    ],
  }),
  inspect('honey/lab-test-tamga', LAB, 'TMG-HNY-26-001', {
    inspectionId: 'IKL-2026-0412', sampleId: 'S-TMG-HNY-0728', placeId: 'lab:cholpon-ata', results: honeyResults(17.6, 8.5, 14.2),
    report: { type: 'lab-report', id: 'IKL-2026-0412' }, inspectedAt: '2026-07-28T10:00:00+06:00',
  }),
  certify('honey/organic-barskoon', ORGANIC, 'BSK-HNY-26-001', {
    certificateId: 'ORG-2026-0118', schemeId: 'scheme:organic-kg', validFrom: '2026-07-28', validUntil: '2026-10-31', certifiedAt: '2026-07-28T12:00:00+06:00',
  }),
  inspect('honey/lab-test-barskoon', LAB, 'BSK-HNY-26-001', {
    inspectionId: 'IKL-2026-0415', sampleId: 'S-BSK-HNY-0729', placeId: 'lab:cholpon-ata', results: honeyResults(21.4, 9.1, 13.1),
    report: { type: 'lab-report', id: 'IKL-2026-0415' }, inspectedAt: '2026-07-29T10:00:00+06:00',
  }),
  hold('honey/lab-holds-barskoon', LAB, 'BSK-HNY-26-001', {
    holdId: 'HOLD-IKL-2026-0415', reason: 'Moisture 21.4 % is above the 20 % limit: the honey may ferment. Re-sample from the sealed drums.',
    heldAt: '2026-07-29T16:00:00+06:00',
  }),
  certify('honey/organic-tamga', ORGANIC, 'TMG-HNY-26-001', {
    certificateId: 'ORG-2026-0117', schemeId: 'scheme:organic-kg', validFrom: '2026-07-30', validUntil: '2026-10-31', certifiedAt: '2026-07-30T10:00:00+06:00',
  }),
  certify('honey/issyk-kul-brand-tamga', 'certifier:issyk-kul-brand', 'TMG-HNY-26-001', {
    certificateId: 'IKB-2026-0042', schemeId: 'scheme:issyk-kul-brand', validFrom: '2026-07-30', validUntil: '2027-07-29', certifiedAt: '2026-07-30T11:00:00+06:00',
  }),
  certify('honey/made-in-kyrgyzstan-tamga', 'certifier:made-in-kyrgyzstan', 'TMG-HNY-26-001', {
    certificateId: 'MIK-2026-0311', schemeId: 'scheme:made-in-kyrgyzstan', validFrom: '2026-07-30', validUntil: '2028-07-29', certifiedAt: '2026-07-30T12:00:00+06:00',
  }),
  // 200 jars of 500 g; the rest of the batch goes abroad in bulk.
  pack('honey/jarring-tamga', HONEY_HOUSE.partyId, 'TMG-HNY-26-001', {
    packingId: 'PCK-TMG-HNY-0731', placeId: HONEY_HOUSE.placeId, unitSize: kg(0.5), serials: serials('HNY-', 1, 200), packedAt: '2026-07-31T10:00:00+06:00',
  }),
  inspect('honey/lab-retest-barskoon', LAB, 'BSK-HNY-26-001', {
    inspectionId: 'IKL-2026-0431', sampleId: 'S-BSK-HNY-0805', placeId: 'lab:cholpon-ata', results: honeyResults(18.9, 9.3, 13.0),
    report: { type: 'lab-report', id: 'IKL-2026-0431' }, inspectedAt: '2026-08-05T10:00:00+06:00',
  }),
  release('honey/inspector-releases-barskoon', 'inspector:issyk-kul-food-safety', 'BSK-HNY-26-001', 'HOLD-IKL-2026-0415', {
    reason: 'Re-test IKL-2026-0431 passed at 18.9 % moisture: the first sample came from the unsettled top of the tank.',
    releasedAt: '2026-08-06T09:00:00+06:00',
  }),
];

import { DemoFact } from '../demo-fact';
import { certify, correct, delivery, harvest, inspect, pack, recall, sell, transform } from '../facts';
import { kg, pieces, serials, spot } from '../geo';

const SOAP = { partyId: 'processor:karakol-shakar-soap', placeId: 'workshop:karakol-shakar-soap' };
const SHOP = { partyId: 'association:ovop-issyk-kul', placeId: 'shop:ovop-bishkek' };

const tallow = (n: number, lotId: string, amount: number, harvestedAt: string, latitude: number, longitude: number): DemoFact =>
  harvest(`soap/${lotId}`, `producer:tup-${n}`, {
    lotId, villageId: 'village:tup', producerId: `producer:tup-${n}`, productId: 'product:mutton-tallow',
    placeId: `pasture:tup-${n}`, quantity: kg(amount), harvestedAt, location: spot(latitude, longitude),
  });
const berries = (n: number, lotId: string, amount: number, harvestedAt: string, latitude: number, longitude: number): DemoFact =>
  harvest(`soap/${lotId}`, `producer:kyzyl-suu-${n}`, {
    lotId, villageId: 'village:kyzyl-suu', producerId: `producer:kyzyl-suu-${n}`, productId: 'product:sea-buckthorn-berries',
    placeId: `plot:kyzyl-suu-${n}`, quantity: kg(amount), harvestedAt, location: spot(latitude, longitude),
  });
const toSoapWorkshop = (name: string, by: string, fromPlaceId: string, lotId: string, quantity: { amount: number; unit: string }, day: string): DemoFact[] =>
  delivery({
    name: `soap/${name}-to-soap-workshop`, by, shipmentId: `SHP-SOAP-${lotId}`, fromPlaceId, to: SOAP, lots: [{ lotId, quantity }],
    shippedAt: `${day}T07:00:00+06:00`, receivedAt: `${day}T15:00:00+06:00`,
  });

/**
 * Shakar soap: Tup herders' tallow, beeswax from the Tamga honey house, and oil the workshop
 * presses from Kyzyl-Suu sea-buckthorn. A Kyzyl-Suu grower types 1250 kg for a 125 kg picking and
 * corrects it the next morning. The bars cure for a month, are certified halal and sold in
 * Bishkek, until a customer's complaint sends a bar to the lab: too much free alkali, and the
 * inspector recalls the whole batch.
 */
export const SOAP_SEASON: readonly DemoFact[] = [
  tallow(1, 'TUP-TLW-26-001', 42, '2026-06-12T10:00:00+06:00', 42.7602, 78.3811),
  tallow(2, 'TUP-TLW-26-002', 36, '2026-06-14T10:30:00+06:00', 42.7498, 78.3407),
  ...toSoapWorkshop('tup-1-tallow', 'producer:tup-1', 'pasture:tup-1', 'TUP-TLW-26-001', kg(42), '2026-06-20'),
  ...toSoapWorkshop('tup-2-tallow', 'producer:tup-2', 'pasture:tup-2', 'TUP-TLW-26-002', kg(36), '2026-06-20'),
  ...toSoapWorkshop('tamga-beeswax', 'processor:tamga-honey-house', 'workshop:tamga-honey-house', 'TMG-WAX-26-001', kg(8), '2026-08-05'),
  berries(1, 'KZS-SBT-26-001', 1250, '2026-09-09T10:00:00+06:00', 42.3521, 78.0118),
  berries(2, 'KZS-SBT-26-002', 88, '2026-09-09T11:00:00+06:00', 42.3383, 77.9979),
  correct('soap/kyzyl-suu-1-correction', 'producer:kyzyl-suu-1', 'KZS-SBT-26-001', { fact: 'soap/KZS-SBT-26-001', type: 'lot.harvested' }, {
    reason: 'The scale showed 125.0 kg; a zero was typed twice on the phone.', quantity: kg(125), correctedAt: '2026-09-10T08:00:00+06:00',
  }),
  ...toSoapWorkshop('kyzyl-suu-1-berries', 'producer:kyzyl-suu-1', 'plot:kyzyl-suu-1', 'KZS-SBT-26-001', kg(125), '2026-09-11'),
  ...toSoapWorkshop('kyzyl-suu-2-berries', 'producer:kyzyl-suu-2', 'plot:kyzyl-suu-2', 'KZS-SBT-26-002', kg(88), '2026-09-11'),
  transform('soap/oil-pressing', SOAP.partyId, {
    transformationId: 'TRF-KRK-SBO-0912', process: 'extraction', placeId: SOAP.placeId, transformedAt: '2026-09-12T09:00:00+06:00',
    inputs: [{ lotId: 'KZS-SBT-26-001', quantity: kg(125) }, { lotId: 'KZS-SBT-26-002', quantity: kg(88) }],
    outputs: [{ lotId: 'KRK-SBO-26-001', productId: 'product:sea-buckthorn-oil', quantity: kg(10.5) }],
  }),
  // 96.5 kg of fats and wax, with lye and water, poured into 1150 bars of 100 g.
  transform('soap/soap-making', SOAP.partyId, {
    transformationId: 'TRF-KRK-SOA-0916', process: 'soap-making', placeId: SOAP.placeId, transformedAt: '2026-09-16T09:00:00+06:00',
    inputs: [
      { lotId: 'TUP-TLW-26-001', quantity: kg(42) },
      { lotId: 'TUP-TLW-26-002', quantity: kg(36) },
      { lotId: 'KRK-SBO-26-001', quantity: kg(10.5) },
      { lotId: 'TMG-WAX-26-001', quantity: kg(8) },
    ],
    outputs: [{ lotId: 'KRK-SOA-26-001', productId: 'product:shakar-soap', quantity: pieces(1150) }],
  }),
  certify('soap/halal', 'certifier:halal-kg', 'KRK-SOA-26-001', {
    certificateId: 'HAL-2026-0230', schemeId: 'scheme:halal-kg', validFrom: '2026-09-25', validUntil: '2027-09-24', certifiedAt: '2026-09-25T11:00:00+06:00',
  }),
  pack('soap/wrapping', SOAP.partyId, 'KRK-SOA-26-001', {
    packingId: 'PCK-KRK-SOA-1020', placeId: SOAP.placeId, unitSize: pieces(1), serials: serials('S-', 1, 500), packedAt: '2026-10-20T10:00:00+06:00',
  }),
  ...delivery({
    name: 'soap/bars-to-ovop-shop', by: SOAP.partyId, shipmentId: 'SHP-SOA-1022-SHOP', fromPlaceId: SOAP.placeId, to: SHOP,
    lots: [{ lotId: 'KRK-SOA-26-001', quantity: pieces(300) }], carrier: 'Karakol – Bishkek minibus cargo',
    shippedAt: '2026-10-22T07:00:00+06:00', receivedAt: '2026-10-22T19:00:00+06:00',
  }),
  sell('soap/sale-1', SHOP.partyId, 'KRK-SOA-26-001', { saleId: 'SALE-SOA-1025', shopPlaceId: SHOP.placeId, serials: serials('S-', 1, 10), soldAt: '2026-10-25T18:00:00+06:00' }),
  sell('soap/sale-2', SHOP.partyId, 'KRK-SOA-26-001', { saleId: 'SALE-SOA-1102', shopPlaceId: SHOP.placeId, serials: serials('S-', 11, 20), soldAt: '2026-11-02T18:00:00+06:00' }),
  inspect('soap/lab-test-after-complaint', 'lab:issyk-kul-food-lab', 'KRK-SOA-26-001', {
    inspectionId: 'IKL-2026-0688', sampleId: 'S-KRK-SOA-1110', placeId: 'lab:cholpon-ata', inspectedAt: '2026-11-10T10:00:00+06:00',
    results: [
      { parameter: 'free alkali (NaOH)', value: 0.21, unit: '%', max: 0.05 },
      { parameter: 'moisture', value: 11, unit: '%', max: 15 },
    ],
    report: { type: 'lab-report', id: 'IKL-2026-0688' },
  }),
  recall('soap/recall', 'inspector:issyk-kul-food-safety', 'KRK-SOA-26-001', {
    recallId: 'RCL-2026-0007', scope: 'whole-lot', recalledAt: '2026-11-12T09:00:00+06:00',
    reason: 'Free alkali 0.21 % against a limit of 0.05 % (lab report IKL-2026-0688): the bars can irritate the skin. Stop selling; customers may return bars to the shop.',
  }),
];

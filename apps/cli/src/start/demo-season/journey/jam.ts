import { DemoFact } from '../demo-fact';
import { certify, delivery, exportLots, inspect, merge, pack, sell, transform } from '../facts';
import { kg, serials } from '../geo';
import { JAM_KITCHEN } from './berries';

const SHOP = { partyId: 'association:ovop-issyk-kul', placeId: 'shop:ovop-bishkek' };
const EXPORTER = { partyId: 'exporter:karakol-agro-export', placeId: 'warehouse:karakol-export' };

/**
 * The Karakol jam kitchen pools the three small Ananyevo pickings into one lot, cooks them with
 * Ak-Suu's berries and Kaindy sugar, has the jam tested, certified halal and with the regional
 * brand, jars part of it for the OVOP shop, and a Karakol exporter trucks the rest in bulk to Almaty.
 */
export const JAM_SEASON: readonly DemoFact[] = [
  merge('jam/ananyevo-pool', JAM_KITCHEN.partyId, {
    transformationId: 'MRG-ANV-SBT-0910', placeId: JAM_KITCHEN.placeId, mergedAt: '2026-09-10T08:00:00+06:00', outputLotId: 'ANV-SBT-26-010',
    inputs: [
      { lotId: 'ANV-SBT-26-001', quantity: kg(85) },
      { lotId: 'ANV-SBT-26-002', quantity: kg(110) },
      { lotId: 'ANV-SBT-26-003', quantity: kg(72.5) },
    ],
  }),
  // 652.5 kg of berries and sugar boil down to 540 kg of jam.
  transform('jam/cooking', JAM_KITCHEN.partyId, {
    transformationId: 'TRF-KRK-JAM-0912', process: 'cooking', placeId: JAM_KITCHEN.placeId, transformedAt: '2026-09-12T08:00:00+06:00',
    inputs: [
      { lotId: 'ANV-SBT-26-010', quantity: kg(267.5) },
      { lotId: 'AKS-SBT-26-001', quantity: kg(140) },
      { lotId: 'AKS-SBT-26-002', quantity: kg(95) },
      { lotId: 'KDY-SUG-26-001', quantity: kg(150) },
    ],
    outputs: [{ lotId: 'KRK-JAM-26-001', productId: 'product:sea-buckthorn-jam', quantity: kg(540) }],
  }),
  inspect('jam/lab-test', 'lab:issyk-kul-food-lab', 'KRK-JAM-26-001', {
    inspectionId: 'IKL-2026-0502', sampleId: 'S-KRK-JAM-0914', placeId: 'lab:cholpon-ata', inspectedAt: '2026-09-14T10:00:00+06:00',
    results: [
      { parameter: 'soluble solids', value: 62, unit: '°Brix', min: 60 },
      { parameter: 'pH', value: 3.2, unit: 'pH', max: 3.8 },
      { parameter: 'yeasts and moulds', value: 20, unit: 'CFU/g', max: 50 },
    ],
    report: { type: 'lab-report', id: 'IKL-2026-0502' },
  }),
  certify('jam/halal', 'certifier:halal-kg', 'KRK-JAM-26-001', {
    certificateId: 'HAL-2026-0221', schemeId: 'scheme:halal-kg', validFrom: '2026-09-15', validUntil: '2027-09-14', certifiedAt: '2026-09-15T11:00:00+06:00',
  }),
  certify('jam/issyk-kul-brand', 'certifier:issyk-kul-brand', 'KRK-JAM-26-001', {
    certificateId: 'IKB-2026-0057', schemeId: 'scheme:issyk-kul-brand', validFrom: '2026-09-15', validUntil: '2027-09-14', certifiedAt: '2026-09-15T12:00:00+06:00',
  }),
  pack('jam/jarring', JAM_KITCHEN.partyId, 'KRK-JAM-26-001', {
    packingId: 'PCK-KRK-JAM-0915', placeId: JAM_KITCHEN.placeId, unitSize: kg(0.25), serials: serials('J-', 1, 800), packedAt: '2026-09-15T15:00:00+06:00',
  }),
  ...delivery({
    name: 'jam/jars-to-ovop-shop', by: JAM_KITCHEN.partyId, shipmentId: 'SHP-JAM-0918-SHOP', fromPlaceId: JAM_KITCHEN.placeId, to: SHOP,
    lots: [{ lotId: 'KRK-JAM-26-001', quantity: kg(50) }], carrier: 'Karakol – Bishkek minibus cargo',
    shippedAt: '2026-09-18T07:00:00+06:00', receivedAt: '2026-09-18T19:30:00+06:00',
  }),
  ...delivery({
    name: 'jam/bulk-to-exporter', by: JAM_KITCHEN.partyId, shipmentId: 'SHP-JAM-0920-EXP', fromPlaceId: JAM_KITCHEN.placeId, to: EXPORTER,
    lots: [{ lotId: 'KRK-JAM-26-001', quantity: kg(300) }], documents: [{ type: 'waybill', id: 'WB-2026-0920-KRK' }],
    shippedAt: '2026-09-20T08:00:00+06:00', receivedAt: '2026-09-20T09:30:00+06:00',
  }),
  sell('jam/sale-1', SHOP.partyId, 'KRK-JAM-26-001', { saleId: 'SALE-JAM-0921', shopPlaceId: SHOP.placeId, serials: serials('J-', 1, 24), soldAt: '2026-09-21T18:00:00+06:00' }),
  exportLots('jam/export-kazakhstan', EXPORTER.partyId, {
    shipmentId: 'EXP-2026-1002-KZ', fromPlaceId: EXPORTER.placeId, lots: [{ lotId: 'KRK-JAM-26-001', quantity: kg(300) }],
    destinationCountry: 'KZ', buyer: { name: 'Almaty Eco Market LLP', country: 'KZ' },
    customsDeclaration: 'KG-EX-2026-100201', certificateOfOrigin: 'CT-1 KG-2026-0519', hsCode: '2007.99',
    documents: [{ type: 'invoice', id: 'KAE-INV-2026-009' }, { type: 'cmr', id: 'CMR-2026-1342' }], exportedAt: '2026-10-02T10:00:00+06:00',
  }),
  sell('jam/sale-2', SHOP.partyId, 'KRK-JAM-26-001', { saleId: 'SALE-JAM-1010', shopPlaceId: SHOP.placeId, serials: serials('J-', 25, 60), soldAt: '2026-10-10T18:00:00+06:00' }),
];

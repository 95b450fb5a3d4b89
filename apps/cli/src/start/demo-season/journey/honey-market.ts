import { DemoFact } from '../demo-fact';
import { delivery, expire, exportLots, revoke, sell } from '../facts';
import { kg, serials } from '../geo';
import { HONEY_HOUSE } from './honey-harvest';

const SHOP = { partyId: 'association:ovop-issyk-kul', placeId: 'shop:ovop-bishkek' };
const EXPORTER = { partyId: 'exporter:tengri-export', placeId: 'warehouse:bishkek-export' };
const ORGANIC = 'certifier:organic-kg';

/**
 * Where the honey goes: jars of the Tamga batch to the OVOP shop in Bishkek, sold jar by jar as
 * their QR codes are scanned at the till; bulk Tamga honey flown to Japan, Barskoon honey trucked
 * to China. A follow-up audit costs the Barskoon batch its organic certificate; the Tamga batch's
 * organic certificate runs out with the season.
 */
export const HONEY_MARKET: readonly DemoFact[] = [
  ...delivery({
    name: 'honey/jars-to-ovop-shop', by: HONEY_HOUSE.partyId, shipmentId: 'SHP-HNY-0803-SHOP', fromPlaceId: HONEY_HOUSE.placeId, to: SHOP,
    lots: [{ lotId: 'TMG-HNY-26-001', quantity: kg(50) }], carrier: 'Karakol – Bishkek minibus cargo',
    documents: [{ type: 'waybill', id: 'WB-2026-0803-TMG' }], shippedAt: '2026-08-03T07:00:00+06:00', receivedAt: '2026-08-03T19:00:00+06:00',
  }),
  sell('honey/sale-1', SHOP.partyId, 'TMG-HNY-26-001', { saleId: 'SALE-HNY-0806', shopPlaceId: SHOP.placeId, serials: serials('HNY-', 1, 12), soldAt: '2026-08-06T18:00:00+06:00' }),
  ...delivery({
    name: 'honey/tamga-bulk-to-exporter', by: HONEY_HOUSE.partyId, shipmentId: 'SHP-HNY-0810-EXP', fromPlaceId: HONEY_HOUSE.placeId, to: EXPORTER,
    lots: [{ lotId: 'TMG-HNY-26-001', quantity: kg(60) }], documents: [{ type: 'waybill', id: 'WB-2026-0810-TMG' }],
    shippedAt: '2026-08-10T06:00:00+06:00', receivedAt: '2026-08-10T17:30:00+06:00',
  }),
  ...delivery({
    name: 'honey/barskoon-bulk-to-exporter', by: HONEY_HOUSE.partyId, shipmentId: 'SHP-HNY-0812-EXP', fromPlaceId: HONEY_HOUSE.placeId, to: EXPORTER,
    lots: [{ lotId: 'BSK-HNY-26-001', quantity: kg(120) }], documents: [{ type: 'waybill', id: 'WB-2026-0812-BSK' }],
    shippedAt: '2026-08-12T06:00:00+06:00', receivedAt: '2026-08-12T17:45:00+06:00',
  }),
  sell('honey/sale-2', SHOP.partyId, 'TMG-HNY-26-001', { saleId: 'SALE-HNY-0815', shopPlaceId: SHOP.placeId, serials: serials('HNY-', 13, 30), soldAt: '2026-08-15T18:00:00+06:00' }),
  exportLots('honey/export-japan', EXPORTER.partyId, {
    shipmentId: 'EXP-2026-0818-JP', fromPlaceId: 'border-post:manas-airport-cargo', lots: [{ lotId: 'TMG-HNY-26-001', quantity: kg(60) }],
    destinationCountry: 'JP', buyer: { name: 'Hokkaido Natural Foods K.K.', country: 'JP' },
    customsDeclaration: 'KG-EX-2026-081801', certificateOfOrigin: 'KG-CO-2026-0412', hsCode: '0409.00',
    documents: [{ type: 'invoice', id: 'TE-INV-2026-031' }, { type: 'air-waybill', id: 'AWB-2026-0818-KG' }], exportedAt: '2026-08-18T02:30:00+06:00',
  }),
  revoke('honey/organic-revoked-barskoon', ORGANIC, 'BSK-HNY-26-001', 'ORG-2026-0118', {
    reason: 'Follow-up audit: the hives of apiary barskoon-2 stand within 3 km of a potato field sprayed in July.',
    revokedAt: '2026-08-20T11:00:00+06:00',
  }),
  exportLots('honey/export-china', EXPORTER.partyId, {
    shipmentId: 'EXP-2026-0825-CN', fromPlaceId: EXPORTER.placeId, lots: [{ lotId: 'BSK-HNY-26-001', quantity: kg(120) }],
    destinationCountry: 'CN', buyer: { name: 'Kashgar Tianshan Trading Co., Ltd.', country: 'CN' },
    customsDeclaration: 'KG-EX-2026-082501', certificateOfOrigin: 'KG-CO-2026-0436', hsCode: '0409.00',
    documents: [{ type: 'invoice', id: 'TE-INV-2026-035' }, { type: 'cmr', id: 'CMR-2026-1187' }], exportedAt: '2026-08-25T09:00:00+06:00',
  }),
  sell('honey/sale-3', SHOP.partyId, 'TMG-HNY-26-001', { saleId: 'SALE-HNY-0902', shopPlaceId: SHOP.placeId, serials: serials('HNY-', 31, 40), soldAt: '2026-09-02T18:00:00+06:00' }),
  expire('honey/organic-expired-tamga', ORGANIC, 'TMG-HNY-26-001', 'ORG-2026-0117', { expiredAt: '2026-11-01T09:00:00+06:00' }),
];

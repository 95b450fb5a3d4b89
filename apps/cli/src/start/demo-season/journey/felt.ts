import { DemoFact } from '../demo-fact';
import { certify, delivery, exportLots, harvest, pack, sell, transform } from '../facts';
import { kg, pieces, serials, spot } from '../geo';

const FELT_MAKERS = 'group:bokonbaevo-felt-makers';
const WORKSHOP = 'workshop:bokonbaevo-felt';
const wool = (n: number, village: string, lotId: string, amount: number, harvestedAt: string, latitude: number, longitude: number): DemoFact =>
  harvest(`felt/${village}-${n}-shearing`, `producer:${village}-${n}`, {
    lotId, villageId: `village:${village}`, producerId: `producer:${village}-${n}`, productId: 'product:sheep-wool',
    placeId: `pasture:${village}-${n}`, quantity: kg(amount), harvestedAt, location: spot(latitude, longitude),
  });
const toWorkshop = (n: number, village: string, lotId: string, amount: number, day: string): DemoFact[] =>
  delivery({
    name: `felt/${village}-${n}-wool-to-workshop`, by: `producer:${village}-${n}`, shipmentId: `SHP-WOL-${lotId}`,
    fromPlaceId: `pasture:${village}-${n}`, to: { partyId: FELT_MAKERS, placeId: WORKSHOP }, lots: [{ lotId, quantity: kg(amount) }],
    shippedAt: `${day}T08:00:00+06:00`, receivedAt: `${day}T13:00:00+06:00`,
  });

/**
 * Early summer in Bokonbaevo: the herders shear (a Jeti-Oguz herder sends his clip along the ring
 * road too), the felt makers' group felts four clips into shyrdak rugs, labels each rug, sends a
 * dozen to the OVOP shop and thirty to an exporter who flies them to a gallery in the USA.
 */
export const FELT_SEASON: readonly DemoFact[] = [
  wool(1, 'bokonbaevo', 'BKB-WOL-26-001', 45, '2026-05-22T07:30:00+06:00', 42.081, 76.972),
  wool(2, 'bokonbaevo', 'BKB-WOL-26-002', 38, '2026-05-25T07:45:00+06:00', 42.061, 77.012),
  wool(3, 'bokonbaevo', 'BKB-WOL-26-003', 52, '2026-05-28T08:10:00+06:00', 42.091, 76.951),
  wool(1, 'jeti-oguz', 'JOZ-WOL-26-001', 40, '2026-05-30T07:20:00+06:00', 42.381, 78.221),
  ...toWorkshop(1, 'bokonbaevo', 'BKB-WOL-26-001', 45, '2026-06-01'),
  ...toWorkshop(2, 'bokonbaevo', 'BKB-WOL-26-002', 38, '2026-06-01'),
  ...toWorkshop(3, 'bokonbaevo', 'BKB-WOL-26-003', 52, '2026-06-02'),
  ...toWorkshop(1, 'jeti-oguz', 'JOZ-WOL-26-001', 40, '2026-06-03'),
  // 175 kg of wool, washed, carded and rolled: 48 rugs, about 3.6 kg of wool each.
  transform('felt/felting', FELT_MAKERS, {
    transformationId: 'TRF-BKB-FLT-0615', process: 'felting', placeId: WORKSHOP, transformedAt: '2026-06-15T09:00:00+06:00',
    inputs: [
      { lotId: 'BKB-WOL-26-001', quantity: kg(45) },
      { lotId: 'BKB-WOL-26-002', quantity: kg(38) },
      { lotId: 'BKB-WOL-26-003', quantity: kg(52) },
      { lotId: 'JOZ-WOL-26-001', quantity: kg(40) },
    ],
    outputs: [{ lotId: 'BKB-FLT-26-001', productId: 'product:shyrdak-rug', quantity: pieces(48) }],
  }),
  certify('felt/made-in-kyrgyzstan', 'certifier:made-in-kyrgyzstan', 'BKB-FLT-26-001', {
    certificateId: 'MIK-2026-0198', schemeId: 'scheme:made-in-kyrgyzstan', validFrom: '2026-06-20', validUntil: '2029-06-19', certifiedAt: '2026-06-20T11:00:00+06:00',
  }),
  pack('felt/labelling', FELT_MAKERS, 'BKB-FLT-26-001', {
    packingId: 'PCK-BKB-FLT-0620', placeId: WORKSHOP, unitSize: pieces(1), serials: serials('R-', 1, 48, 3), packedAt: '2026-06-20T15:00:00+06:00',
  }),
  ...delivery({
    name: 'felt/rugs-to-ovop-shop', by: FELT_MAKERS, shipmentId: 'SHP-FLT-0625-SHOP', fromPlaceId: WORKSHOP,
    to: { partyId: 'association:ovop-issyk-kul', placeId: 'shop:ovop-bishkek' }, lots: [{ lotId: 'BKB-FLT-26-001', quantity: pieces(12) }],
    carrier: 'Bokonbaevo – Bishkek minibus cargo', shippedAt: '2026-06-25T06:30:00+06:00', receivedAt: '2026-06-25T14:00:00+06:00',
  }),
  ...delivery({
    name: 'felt/rugs-to-exporter', by: FELT_MAKERS, shipmentId: 'SHP-FLT-0628-EXP', fromPlaceId: WORKSHOP,
    to: { partyId: 'exporter:tengri-export', placeId: 'warehouse:bishkek-export' }, lots: [{ lotId: 'BKB-FLT-26-001', quantity: pieces(30) }],
    documents: [{ type: 'waybill', id: 'WB-2026-0628-BKB' }], shippedAt: '2026-06-28T06:00:00+06:00', receivedAt: '2026-06-28T15:30:00+06:00',
  }),
  sell('felt/sale-1', 'association:ovop-issyk-kul', 'BKB-FLT-26-001', { saleId: 'SALE-FLT-0705', shopPlaceId: 'shop:ovop-bishkek', serials: ['R-001', 'R-002'], soldAt: '2026-07-05T12:20:00+06:00' }),
  exportLots('felt/export-us', 'exporter:tengri-export', {
    shipmentId: 'EXP-2026-0710-US', fromPlaceId: 'border-post:manas-airport-cargo', lots: [{ lotId: 'BKB-FLT-26-001', quantity: pieces(30) }],
    destinationCountry: 'US', buyer: { name: 'Prairie Felt Gallery LLC', country: 'US' },
    customsDeclaration: 'KG-EX-2026-071001', certificateOfOrigin: 'KG-CO-2026-0288', hsCode: '5704.90',
    documents: [{ type: 'invoice', id: 'TE-INV-2026-018' }, { type: 'air-waybill', id: 'AWB-2026-0710-KG' }], exportedAt: '2026-07-10T23:40:00+06:00',
  }),
  sell('felt/sale-2', 'association:ovop-issyk-kul', 'BKB-FLT-26-001', { saleId: 'SALE-FLT-0809', shopPlaceId: 'shop:ovop-bishkek', serials: ['R-003'], soldAt: '2026-08-09T16:05:00+06:00' }),
];

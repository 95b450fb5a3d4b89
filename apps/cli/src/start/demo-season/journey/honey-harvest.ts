import { DemoFact } from '../demo-fact';
import { delivery, harvest, merge } from '../facts';
import { kg, spot } from '../geo';

export const HONEY_HOUSE = { partyId: 'processor:tamga-honey-house', placeId: 'workshop:tamga-honey-house' };

const comb = (village: string, n: number, lotId: string, amount: number, harvestedAt: string, latitude: number, longitude: number): DemoFact =>
  harvest(`honey/${lotId}`, `producer:${village}-${n}`, {
    lotId, villageId: `village:${village}`, producerId: `producer:${village}-${n}`, productId: 'product:comb-honey',
    placeId: `apiary:${village}-${n}`, quantity: kg(amount), harvestedAt, location: spot(latitude, longitude),
  });
const toHoneyHouse = (village: string, n: number, lotId: string, amount: number, shippedAt: string, receivedAt: string): DemoFact[] =>
  delivery({
    name: `honey/${lotId}-to-honey-house`, by: `producer:${village}-${n}`, shipmentId: `SHP-CMB-${lotId}`, fromPlaceId: `apiary:${village}-${n}`,
    to: HONEY_HOUSE, lots: [{ lotId, quantity: kg(amount) }], shippedAt, receivedAt,
  });

/**
 * July on the south shore: the white sainfoin is in flower and the beekeepers of Tamga, Barskoon
 * and Tosor take off their combs. A Tosor beekeeper pools two small pickings into one lot at his
 * apiary before everyone brings the combs to the Tamga honey house.
 */
export const HONEY_HARVEST: readonly DemoFact[] = [
  comb('tamga', 1, 'TMG-CMB-26-001', 62, '2026-07-10T06:40:00+06:00', 42.1385, 77.5452),
  comb('tamga', 2, 'TMG-CMB-26-002', 48.5, '2026-07-11T07:10:00+06:00', 42.1321, 77.5583),
  comb('tamga', 3, 'TMG-CMB-26-003', 55, '2026-07-12T06:55:00+06:00', 42.1282, 77.5404),
  comb('tosor', 1, 'TSR-CMB-26-001', 18, '2026-07-14T07:20:00+06:00', 42.1481, 77.4372),
  comb('barskoon', 1, 'BSK-CMB-26-001', 70, '2026-07-15T06:30:00+06:00', 42.1283, 77.5981),
  comb('barskoon', 2, 'BSK-CMB-26-002', 85, '2026-07-16T07:00:00+06:00', 42.1212, 77.6118),
  comb('barskoon', 3, 'BSK-CMB-26-003', 64, '2026-07-17T06:45:00+06:00', 42.1338, 77.5902),
  comb('tosor', 2, 'TSR-CMB-26-004', 41, '2026-07-18T06:50:00+06:00', 42.1412, 77.4483),
  comb('tosor', 1, 'TSR-CMB-26-002', 14.5, '2026-07-19T07:05:00+06:00', 42.1479, 77.4369),
  merge('honey/tosor-1-pools-pickings', 'producer:tosor-1', {
    transformationId: 'MRG-TSR-CMB-0720', placeId: 'apiary:tosor-1', mergedAt: '2026-07-20T18:00:00+06:00', outputLotId: 'TSR-CMB-26-003',
    inputs: [{ lotId: 'TSR-CMB-26-001', quantity: kg(18) }, { lotId: 'TSR-CMB-26-002', quantity: kg(14.5) }],
  }),
  ...toHoneyHouse('tamga', 1, 'TMG-CMB-26-001', 62, '2026-07-21T08:00:00+06:00', '2026-07-21T08:40:00+06:00'),
  ...toHoneyHouse('tamga', 2, 'TMG-CMB-26-002', 48.5, '2026-07-21T08:15:00+06:00', '2026-07-21T09:00:00+06:00'),
  ...toHoneyHouse('tamga', 3, 'TMG-CMB-26-003', 55, '2026-07-21T08:30:00+06:00', '2026-07-21T09:20:00+06:00'),
  ...toHoneyHouse('tosor', 1, 'TSR-CMB-26-003', 32.5, '2026-07-21T09:00:00+06:00', '2026-07-21T10:30:00+06:00'),
  ...toHoneyHouse('tosor', 2, 'TSR-CMB-26-004', 41, '2026-07-21T09:10:00+06:00', '2026-07-21T10:40:00+06:00'),
  ...toHoneyHouse('barskoon', 1, 'BSK-CMB-26-001', 70, '2026-07-22T07:30:00+06:00', '2026-07-22T08:30:00+06:00'),
  ...toHoneyHouse('barskoon', 2, 'BSK-CMB-26-002', 85, '2026-07-22T07:40:00+06:00', '2026-07-22T08:45:00+06:00'),
  ...toHoneyHouse('barskoon', 3, 'BSK-CMB-26-003', 64, '2026-07-22T07:50:00+06:00', '2026-07-22T09:00:00+06:00'),
];

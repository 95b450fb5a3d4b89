import { DemoFact } from '../demo-fact';
import { delivery, harvest, offlineUpload, transform } from '../facts';
import { kg, spot } from '../geo';

export const JAM_KITCHEN = { partyId: 'processor:karakol-jam-kitchen', placeId: 'workshop:karakol-jam-kitchen' };
const BERRIES = 'product:sea-buckthorn-berries';
const ANANYEVO_GROUP = 'group:ananyevo-berry-growers';

/** A member's sea-buckthorn picking as the Ananyevo group's field tablet recorded it, offline, on the plot. */
const picking = (n: number, lotId: string, amount: number, harvestedAt: string, latitude: number, longitude: number) => ({
  kind: 'harvest',
  clientEventId: `ananyevo-tablet-1:2026-09:${String(n).padStart(4, '0')}`,
  fact: {
    lotId, villageId: 'village:ananyevo', producerId: `producer:ananyevo-${n}`, productId: BERRIES,
    placeId: `plot:ananyevo-${n}`, quantity: kg(amount), harvestedAt, location: spot(latitude, longitude),
  },
});
const toJamKitchen = (village: string, n: number, lotId: string, amount: number, shippedAt: string, receivedAt: string): DemoFact[] =>
  delivery({
    name: `jam/${lotId}-to-jam-kitchen`, by: `producer:${village}-${n}`, shipmentId: `SHP-SBT-${lotId}`, fromPlaceId: `plot:${village}-${n}`,
    to: JAM_KITCHEN, lots: [{ lotId, quantity: kg(amount) }], shippedAt, receivedAt,
  });

/**
 * September: sugar from Chui valley beet, and sea-buckthorn from the lake shore. Ananyevo's
 * pickings are recorded on the group's tablet out of coverage and uploaded in one batch; Ak-Suu's
 * growers record theirs from their phones. A Jeti-Oguz herder picks berries along the river: her
 * village is registered for wool, so the lot is accepted and flagged for the inspectors.
 */
export const BERRY_SEASON: readonly DemoFact[] = [
  harvest('jam/KDY-BET-26-001', 'producer:kaindy-1', {
    lotId: 'KDY-BET-26-001', villageId: 'village:kaindy', producerId: 'producer:kaindy-1', productId: 'product:sugar-beet',
    placeId: 'plot:kaindy-1', quantity: kg(6000), harvestedAt: '2026-09-01T08:00:00+06:00', location: spot(42.8402, 73.6905),
  }),
  ...delivery({
    name: 'jam/beet-to-sugar-plant', by: 'producer:kaindy-1', shipmentId: 'SHP-BET-0902', fromPlaceId: 'plot:kaindy-1',
    to: { partyId: 'processor:kaindy-sugar', placeId: 'workshop:kaindy-sugar-plant' }, lots: [{ lotId: 'KDY-BET-26-001', quantity: kg(6000) }],
    carrier: 'farm truck', shippedAt: '2026-09-02T07:00:00+06:00', receivedAt: '2026-09-02T09:00:00+06:00',
  }),
  transform('jam/sugar-extraction', 'processor:kaindy-sugar', {
    transformationId: 'TRF-KDY-SUG-0904', process: 'extraction', placeId: 'workshop:kaindy-sugar-plant', transformedAt: '2026-09-04T08:00:00+06:00',
    inputs: [{ lotId: 'KDY-BET-26-001', quantity: kg(6000) }],
    outputs: [{ lotId: 'KDY-SUG-26-001', productId: 'product:beet-sugar', quantity: kg(840) }],
  }),
  ...delivery({
    name: 'jam/sugar-to-jam-kitchen', by: 'processor:kaindy-sugar', shipmentId: 'SHP-SUG-0905', fromPlaceId: 'workshop:kaindy-sugar-plant',
    to: JAM_KITCHEN, lots: [{ lotId: 'KDY-SUG-26-001', quantity: kg(150) }], documents: [{ type: 'invoice', id: 'KS-2026-0905-17' }],
    shippedAt: '2026-09-05T06:00:00+06:00', receivedAt: '2026-09-06T14:00:00+06:00',
  }),
  offlineUpload('jam/ananyevo-tablet-upload', ANANYEVO_GROUP, [
    picking(1, 'ANV-SBT-26-001', 85, '2026-09-05T10:00:00+06:00', 42.7284, 77.6481),
    picking(2, 'ANV-SBT-26-002', 110, '2026-09-05T15:00:00+06:00', 42.7152, 77.6623),
    picking(3, 'ANV-SBT-26-003', 72.5, '2026-09-06T11:00:00+06:00', 42.7221, 77.6709),
  ]),
  harvest('jam/AKS-SBT-26-001', 'producer:ak-suu-1', {
    lotId: 'AKS-SBT-26-001', villageId: 'village:ak-suu', producerId: 'producer:ak-suu-1', productId: BERRIES,
    placeId: 'plot:ak-suu-1', quantity: kg(140), harvestedAt: '2026-09-07T09:00:00+06:00', location: spot(42.5081, 78.5219),
  }),
  ...toJamKitchen('ananyevo', 1, 'ANV-SBT-26-001', 85, '2026-09-08T07:00:00+06:00', '2026-09-08T10:30:00+06:00'),
  ...toJamKitchen('ananyevo', 2, 'ANV-SBT-26-002', 110, '2026-09-08T07:05:00+06:00', '2026-09-08T10:35:00+06:00'),
  ...toJamKitchen('ananyevo', 3, 'ANV-SBT-26-003', 72.5, '2026-09-08T07:10:00+06:00', '2026-09-08T10:40:00+06:00'),
  harvest('jam/AKS-SBT-26-002', 'producer:ak-suu-2', {
    lotId: 'AKS-SBT-26-002', villageId: 'village:ak-suu', producerId: 'producer:ak-suu-2', productId: BERRIES,
    placeId: 'plot:ak-suu-2', quantity: kg(95), harvestedAt: '2026-09-08T09:30:00+06:00', location: spot(42.4952, 78.5408),
  }),
  ...toJamKitchen('ak-suu', 1, 'AKS-SBT-26-001', 140, '2026-09-09T07:00:00+06:00', '2026-09-09T08:00:00+06:00'),
  ...toJamKitchen('ak-suu', 2, 'AKS-SBT-26-002', 95, '2026-09-09T07:15:00+06:00', '2026-09-09T08:10:00+06:00'),
  harvest('jam/JOZ-SBT-26-001', 'producer:jeti-oguz-2', {
    lotId: 'JOZ-SBT-26-001', villageId: 'village:jeti-oguz', producerId: 'producer:jeti-oguz-2', productId: BERRIES,
    quantity: kg(30), harvestedAt: '2026-09-10T12:00:00+06:00', location: spot(42.3921, 78.2284),
  }),
];

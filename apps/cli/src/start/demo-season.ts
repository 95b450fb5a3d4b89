import { RecordHarvest } from '#tamga/domain';

/** A harvest of the demo season, in the capture API's request shape (which is the command's). */
type DemoHarvest = RecordHarvest;

/**
 * The 2026 season around Issyk-Kul: honey from the mountain villages of the south shore,
 * berries by the lake, wool from the herders for felt. Lot codes are the ones on the labels.
 */
export const DEMO_HARVESTS: readonly DemoHarvest[] = [
  harvest('TMG-HNY-26-001', 'village:tamga', 'producer:asel-tamga', 'product:white-sainfoin-honey', 180, 'kg', '2026-07-12T07:30:00+06:00', 42.155, 77.551),
  harvest('TMG-HNY-26-002', 'village:tamga', 'producer:bakyt-tamga', 'product:white-sainfoin-honey', 95.5, 'kg', '2026-07-14T08:00:00+06:00', 42.149, 77.563),
  harvest('BSK-HNY-26-001', 'village:barskoon', 'producer:nurlan-barskoon', 'product:white-sainfoin-honey', 240, 'kg', '2026-07-20T06:45:00+06:00', 42.152, 77.601),
  harvest('TSR-HNY-26-001', 'village:tosor', 'producer:gulnara-tosor', 'product:white-sainfoin-honey', 130, 'kg', '2026-07-22T07:15:00+06:00', 42.166, 77.442),
  harvest('ANV-SBT-26-001', 'village:ananyevo', 'producer:aigul-ananyevo', 'product:sea-buckthorn-berries', 420, 'kg', '2026-09-03T09:00:00+06:00', 42.72, 77.655),
  harvest('KZS-RSP-26-001', 'village:kyzyl-suu', 'producer:ermek-kyzyl-suu', 'product:wild-raspberries', 75.25, 'kg', '2026-08-10T10:30:00+06:00', 42.343, 78.006),
  harvest('BKB-WOL-26-001', 'village:bokonbaevo', 'producer:saltanat-bokonbaevo', 'product:sheep-wool', 310, 'kg', '2026-06-05T11:00:00+06:00', 42.117, 76.99),
  harvest('JOZ-HNY-26-001', 'village:jeti-oguz', 'producer:talant-jeti-oguz', 'product:white-sainfoin-honey', 60, 'kg', '2026-07-28T07:00:00+06:00', 42.34, 78.23),
];

/** The Idempotency-Key the demo season is recorded under, so a second `npm start` adds nothing. */
export const DEMO_IDEMPOTENCY_KEY = 'demo-season-2026-issyk-kul';

function harvest(
  lotId: string,
  villageId: string,
  producerId: string,
  productId: string,
  amount: number,
  unit: string,
  harvestedAt: string,
  latitude: number,
  longitude: number,
): DemoHarvest {
  return { lotId, villageId, producerId, productId, quantity: { amount, unit }, harvestedAt, location: { latitude, longitude } };
}

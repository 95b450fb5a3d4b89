import { randomBytes } from 'node:crypto';
import { RecordHarvest } from '#tamga/domain';

/** A harvest in the capture API's request shape (POST /harvests, one item of POST /harvests/batch). */
export type HarvestRequest = RecordHarvest;

export const VILLAGES = ['tamga', 'barskoon', 'tosor', 'ananyevo', 'kyzyl-suu', 'bokonbaevo', 'jeti-oguz', 'karakol'];
export const PRODUCTS = ['white-sainfoin-honey', 'sea-buckthorn-berries', 'wild-raspberries', 'sheep-wool', 'dried-apricots'];
/** The unit each product's harvests are sent in (index for index): also the product's registered unit. */
export const UNITS = ['kg', 'kg', 'kg', 'g', 'kg'];
/** How many producers each village has in harvestFor: producer k of a village is `producer:p<k>-<village>`. */
export const PRODUCERS_PER_VILLAGE = 997;

/** A run id: 6 lowercase base-36 characters, so lot ids of different runs never meet. */
export function newRunId(): string {
  const n = randomBytes(5).readUIntBE(0, 5);
  return n.toString(36).padStart(6, '0').slice(-6);
}

/**
 * The lot ids of one phase of one run: "B" + run + phase letter + a 6-digit sequence, 14
 * characters (LOT_ID_PATTERN allows 20). Every id of a phase starts with {@link phasePrefix}.
 */
export function lotIds(run: string, phase: string, count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, i) => `${phasePrefix(run, phase)}${String(from + i).padStart(6, '0')}`);
}

/** What every lot id of a phase starts with. */
export function phasePrefix(run: string, phase: string): string {
  return `B${run}${phase}`;
}

/** A plausible harvest around Issyk-Kul for a lot id, varied by its sequence number. */
export function harvestFor(lotId: string, seq: number): HarvestRequest {
  const village = VILLAGES[seq % VILLAGES.length];
  const product = PRODUCTS[seq % PRODUCTS.length];
  const day = 1 + (seq % 28);
  const minute = seq % 60;
  return {
    lotId,
    villageId: `village:${village}`,
    producerId: producerIdOf(seq % PRODUCERS_PER_VILLAGE, village),
    productId: `product:${product}`,
    quantity: { amount: 10 + ((seq * 37) % 4000) / 8, unit: UNITS[seq % UNITS.length] },
    harvestedAt: `2026-08-${String(day).padStart(2, '0')}T07:${String(minute).padStart(2, '0')}:00+06:00`,
    location: { latitude: 42.1 + (seq % 500) / 1000, longitude: 77.2 + (seq % 900) / 1000 },
  };
}

/** The producer harvestFor names for producer number `k` of a village. */
export function producerIdOf(k: number, village: string): string {
  return `producer:p${k}-${village}`;
}

import { Quantity } from '../../shared/quantity';
import { unitOf } from '../../shared/unit-of-measure';
import { baseMilliOf, quantityFromBaseMilli } from '../inspector/base-milli';
import { LotLink } from '../inspector/trace/lot-link';
import { traceLots } from '../inspector/trace/trace-lots';
import { EventCitation } from './dossier-record';
import { LotBeginning } from './lot-genealogy';
import { percentagesOf } from './percent-shares';

/** A harvest at the end of a path back from an exported lot. */
export interface OriginHarvest {
  readonly lotId: string;
  readonly productId: string | null;
  readonly villageId: string;
  readonly producerId: string;
  readonly harvestedAt: string;
  /** The fraction of the exported quantity made from this harvest (by input amount in base units). */
  readonly share: number;
  /** How much of the harvest went into the exported quantity, in the harvest's unit. */
  readonly contributed: Quantity;
  readonly event: EventCitation;
}

/** A village's part of an exported quantity: the sum over its harvests. */
export interface VillageShare {
  readonly villageId: string;
  readonly share: number;
  /** Two decimals; the villages of one answer add up to exactly 100 when the origin is wholly known. */
  readonly percent: number;
  readonly producerIds: readonly string[];
  /** What its harvests gave, per product and unit. */
  readonly contributed: readonly { readonly productId: string | null; readonly quantity: Quantity }[];
}

/** A producer's part of an exported quantity, by party id (never a person's details). */
export interface ProducerShare {
  readonly producerId: string;
  readonly villageIds: readonly string[];
  readonly share: number;
  readonly percent: number;
}

/** Where one exported quantity of one lot comes from. */
export interface ExportedLotOrigin {
  readonly villages: readonly VillageShare[];
  readonly producers: readonly ProducerShare[];
  readonly harvests: readonly OriginHarvest[];
  /** The part whose origin the record read does not reach (a lot beyond the depth bound, or not projected yet). */
  readonly unattributedShare: number;
  readonly unattributedLotIds: readonly string[];
  readonly cycleLotIds: readonly string[];
  /** Every lot reached back from the exported lot, with its fewest links from it. */
  readonly reached: readonly { readonly lotId: string; readonly depth: number }[];
}

/** Six decimals are finer than any scale that weighed the goods (as the inspector's trace answers). */
export const roundShare = (share: number): number => Math.round(share * 1_000_000) / 1_000_000;

/**
 * The origin of `exported` of `lotId`, by the inspector's trace back (traceLots: shares by input
 * amount in base units, a lot reached by several paths summed once). A harvest's contribution to
 * the exported part is its contribution to the whole lot scaled by exported / made: 40 kg exported
 * of a 100 kg jam lot carries 40 % of each berry lot that went into the jam.
 */
export function originOfExportedLot(lotId: string, exported: Quantity, links: readonly LotLink[], beginnings: ReadonlyMap<string, LotBeginning>): ExportedLotOrigin {
  const trace = traceLots(lotId, 'upstream', links);
  const own = beginnings.get(lotId);
  const made = own?.madeBy?.made ?? null;
  const fraction = made ? baseMilliOf(exported) / baseMilliOf(made) : 1;
  const madeFrom = new Set(links.map((l) => l.outputLotId));
  const harvests: OriginHarvest[] = [];
  const unattributed: { lotId: string; share: number }[] = [];
  for (const traced of trace.lots) {
    // Only the ends of the paths are origins: a lot made from others passes its inputs' shares on.
    if (madeFrom.has(traced.lotId)) continue;
    const harvest = beginnings.get(traced.lotId)?.harvest;
    if (!harvest) {
      unattributed.push({ lotId: traced.lotId, share: traced.share });
      continue;
    }
    const whole = traced.quantity;
    const contributed = whole === null ? exported : quantityFromBaseMilli(baseMilliOf(whole) * fraction, whole.unit);
    harvests.push({
      lotId: traced.lotId,
      productId: beginnings.get(traced.lotId)?.productId ?? null,
      villageId: harvest.villageId,
      producerId: harvest.producerId,
      harvestedAt: harvest.harvestedAt,
      share: traced.share,
      contributed,
      event: harvest.event,
    });
  }
  harvests.sort((a, b) => b.share - a.share || a.lotId.localeCompare(b.lotId));
  return {
    villages: villageShares(harvests),
    producers: producerShares(harvests),
    harvests: harvests.map((h) => ({ ...h, share: roundShare(h.share) })),
    unattributedShare: roundShare(unattributed.reduce((sum, u) => sum + u.share, 0)),
    unattributedLotIds: unattributed.map((u) => u.lotId).sort(),
    cycleLotIds: trace.cycleLotIds,
    reached: trace.lots.map((t) => ({ lotId: t.lotId, depth: t.depth })),
  };
}

function villageShares(harvests: readonly OriginHarvest[]): VillageShare[] {
  const byVillage = new Map<string, { share: number; producers: Set<string>; contributed: Map<string, { productId: string | null; quantity: Quantity }> }>();
  for (const h of harvests) {
    const v = byVillage.get(h.villageId) ?? { share: 0, producers: new Set<string>(), contributed: new Map() };
    v.share += h.share;
    v.producers.add(h.producerId);
    const key = `${h.productId}\u0000${h.contributed.unit}`;
    const before = v.contributed.get(key);
    v.contributed.set(key, { productId: h.productId, quantity: before ? plus(before.quantity, h.contributed) : h.contributed });
    byVillage.set(h.villageId, v);
  }
  return withPercentages(
    [...byVillage].map(([villageId, v]) => ({
      villageId,
      share: v.share,
      producerIds: [...v.producers].sort(),
      contributed: [...v.contributed.values()].sort((a, b) => String(a.productId).localeCompare(String(b.productId))),
    })),
    (v) => v.villageId,
  );
}

function producerShares(harvests: readonly OriginHarvest[]): ProducerShare[] {
  const byProducer = new Map<string, { share: number; villages: Set<string> }>();
  for (const h of harvests) {
    const p = byProducer.get(h.producerId) ?? { share: 0, villages: new Set<string>() };
    p.share += h.share;
    p.villages.add(h.villageId);
    byProducer.set(h.producerId, p);
  }
  return withPercentages([...byProducer].map(([producerId, p]) => ({ producerId, villageIds: [...p.villages].sort(), share: p.share })), (p) => p.producerId);
}

/** Largest share first (ties by id), shares rounded for the answer, percentages adding up to 100. */
export function withPercentages<T extends { share: number }>(items: readonly T[], idOf: (item: T) => string): (T & { percent: number })[] {
  const sorted = [...items].sort((a, b) => b.share - a.share || idOf(a).localeCompare(idOf(b)));
  const percents = percentagesOf(sorted.map((i) => i.share));
  return sorted.map((item, i) => ({ ...item, share: roundShare(item.share), percent: percents[i] }));
}

function plus(a: Quantity, b: Quantity): Quantity {
  return { amount: Math.round((a.amount + b.amount) * 1000) / 1000, unit: a.unit };
}

/** Whether quantities can be weighed against each other: one dimension (mass, volume, count, area). */
export function sameDimension(quantities: readonly Quantity[]): boolean {
  return new Set(quantities.map((q) => unitOf(q.unit).dimension)).size <= 1;
}

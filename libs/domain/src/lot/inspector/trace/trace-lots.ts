import { Quantity } from '../../../shared/quantity';
import { baseMilliOf, quantityFromBaseMilli } from '../base-milli';
import { LotLink } from './lot-link';

/** Which way a trace walks the genealogy: to what a lot was made from, or to what was made from it. */
export type TraceDirection = 'upstream' | 'downstream';

/** A lot a trace reached, with what it contributed (upstream) or received (downstream). */
export interface TracedLot {
  readonly lotId: string;
  /** The fewest links between it and the lot traced from (that lot itself is 0). */
  readonly depth: number;
  /**
   * Upstream: the fraction of the traced lot made from this lot. Downstream: the fraction of this
   * lot made from the traced lot. Both by input amount in base units, as the yield rule counts.
   */
  readonly share: number;
  /**
   * Upstream: how much of this lot went into the traced lot. Downstream: how much of this lot was
   * made from the traced lot. In this lot's unit; null for the traced lot itself.
   */
  readonly quantity: Quantity | null;
}

/** A trace over the links a walk collected. */
export interface LotTrace {
  readonly lots: readonly TracedLot[];
  /**
   * Lots on a cycle of links. Lots are made once and never from themselves, so a cycle means the
   * record is corrupt; the trace breaks it where the walk closed it, and says so instead of looping.
   */
  readonly cycleLotIds: readonly string[];
}

interface Step {
  readonly key: string;
  readonly link: LotLink;
  readonly to: string;
}

const keyOf = (l: LotLink) => `${l.transformationId}\u0000${l.inputLotId}\u0000${l.outputLotId}`;

/**
 * Attributes quantities along the links reachable from `startLotId`. Each lot is visited once in
 * topological order (Kahn), so a lot reached by several paths (a harvest split and merged again)
 * sums its paths without enumerating them: linear in the links, whatever the depth.
 *
 * Upstream, a transformation's inputs are attributed to its outputs in proportion to the amounts
 * taken (share) and its outputs share its inputs in proportion to the amounts made (quantity): of a
 * 100 kg jam lot cooked from 60 + 40 kg of berries and 30 kg of sugar, the first berry lot is a
 * share of 60/130 and contributed 60 kg.
 */
export function traceLots(startLotId: string, direction: TraceDirection, links: readonly LotLink[]): LotTrace {
  const steps = stepsByLot(links, direction);
  const { order, backEdges, cycleLotIds } = walk(startLotId, steps);
  const kept = (from: string) => (steps.get(from) ?? []).filter((s) => !backEdges.has(s.key));
  const waiting = new Map<string, number>();
  for (const lotId of order) for (const step of kept(lotId)) waiting.set(step.to, (waiting.get(step.to) ?? 0) + 1);
  const share = new Map<string, number>([[startLotId, 1]]);
  const baseAmount = new Map<string, number>();
  const firstStep = kept(startLotId)[0];
  if (direction === 'upstream' && firstStep) baseAmount.set(startLotId, baseMilliOf(firstStep.link.made));
  const units = new Map<string, Quantity['unit']>();
  const ready = [startLotId];
  for (let next = 0; next < ready.length; next++) {
    const from = ready[next];
    for (const { link, to } of kept(from)) {
      const taken = baseMilliOf(link.taken);
      if (direction === 'upstream') {
        share.set(to, (share.get(to) ?? 0) + (share.get(from)! * taken) / link.inputsBaseMilli);
        baseAmount.set(to, (baseAmount.get(to) ?? 0) + (taken * baseAmount.get(from)!) / link.outputsBaseMilli);
        units.set(to, link.taken.unit);
      } else {
        // Every output of a fact is made of its inputs alike: the share of the start lot in the input
        // becomes the share in each output, weighted by what this input is of all the fact took.
        share.set(to, (share.get(to) ?? 0) + (share.get(from)! * taken) / link.inputsBaseMilli);
        baseAmount.set(to, baseMilliOf(link.made));
        units.set(to, link.made.unit);
      }
      const left = waiting.get(to)! - 1;
      waiting.set(to, left);
      if (left === 0) ready.push(to);
    }
  }
  const depths = depthsFrom(startLotId, steps);
  const lots = [...depths].map(([lotId, depth]): TracedLot => {
    const unit = units.get(lotId);
    const base = baseAmount.get(lotId);
    const received = direction === 'downstream' && base !== undefined ? base * (share.get(lotId) ?? 0) : base;
    return {
      lotId,
      depth,
      share: share.get(lotId) ?? 0,
      quantity: lotId === startLotId || unit === undefined || received === undefined ? null : quantityFromBaseMilli(received, unit),
    };
  });
  lots.sort((a, b) => a.depth - b.depth || (a.lotId < b.lotId ? -1 : a.lotId > b.lotId ? 1 : 0));
  return { lots, cycleLotIds };
}

function stepsByLot(links: readonly LotLink[], direction: TraceDirection): Map<string, Step[]> {
  const unique = new Map(links.map((l) => [keyOf(l), l]));
  const steps = new Map<string, Step[]>();
  // Sorted, so the walk (and which link of a corrupt cycle it breaks) does not depend on row order.
  for (const key of [...unique.keys()].sort()) {
    const link = unique.get(key)!;
    const [from, to] = direction === 'upstream' ? [link.outputLotId, link.inputLotId] : [link.inputLotId, link.outputLotId];
    const list = steps.get(from);
    if (list) list.push({ key, link, to });
    else steps.set(from, [{ key, link, to }]);
  }
  return steps;
}

/**
 * Depth-first from the start, iteratively (a deep genealogy must not overflow the stack): the lots
 * reached, and the links that close a cycle (they lead back to a lot still being walked from).
 */
function walk(startLotId: string, steps: ReadonlyMap<string, readonly Step[]>): { order: string[]; backEdges: Set<string>; cycleLotIds: string[] } {
  const state = new Map<string, 'open' | 'done'>([[startLotId, 'open']]);
  const stack: { lotId: string; next: number }[] = [{ lotId: startLotId, next: 0 }];
  const order = [startLotId];
  const backEdges = new Set<string>();
  const onCycle = new Set<string>();
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    const step = (steps.get(top.lotId) ?? [])[top.next++];
    if (!step) {
      state.set(top.lotId, 'done');
      stack.pop();
      continue;
    }
    const seen = state.get(step.to);
    if (seen === 'open') {
      backEdges.add(step.key);
      // The lots from the one closed back to, up the current path, are the cycle.
      for (let i = stack.findIndex((s) => s.lotId === step.to); i < stack.length; i++) onCycle.add(stack[i].lotId);
    } else if (seen === undefined) {
      state.set(step.to, 'open');
      order.push(step.to);
      stack.push({ lotId: step.to, next: 0 });
    }
  }
  return { order, backEdges, cycleLotIds: [...onCycle].sort() };
}

/** The fewest links from the start to each lot reached (breadth-first). */
function depthsFrom(startLotId: string, steps: ReadonlyMap<string, readonly Step[]>): Map<string, number> {
  const depths = new Map<string, number>([[startLotId, 0]]);
  const queue = [startLotId];
  for (let i = 0; i < queue.length; i++) {
    for (const { to } of steps.get(queue[i]) ?? []) {
      if (depths.has(to)) continue;
      depths.set(to, depths.get(queue[i])! + 1);
      queue.push(to);
    }
  }
  return depths;
}

import { LotTrace, Quantity } from '#tamga/domain';

/** How far a trace went, and whether it saw everything. */
export interface TraceCompleteness {
  /** The depth bound the walk kept to. */
  readonly maxDepth: number;
  /** True when every link was followed and no cycle was found. */
  readonly complete: boolean;
  readonly depthLimitReached: boolean;
  /** Lots whose further links the depth bound left unfollowed. */
  readonly stoppedAt: readonly string[];
  /** Lots on a cycle of links (a corrupt record): broken where the walk closed it. */
  readonly cycleLotIds: readonly string[];
}

/** The completeness part of a trace answer. */
export function completenessOf(maxDepth: number, stoppedAt: readonly { lotId: string }[], trace: LotTrace): TraceCompleteness {
  const stopped = stoppedAt.map((s) => s.lotId);
  return {
    maxDepth,
    complete: stopped.length === 0 && trace.cycleLotIds.length === 0,
    depthLimitReached: stopped.length > 0,
    stoppedAt: stopped,
    cycleLotIds: trace.cycleLotIds,
  };
}

/** A share as answered: six decimals are finer than any scale that weighed the goods. */
export function roundedShare(share: number): number {
  return Math.round(share * 1_000_000) / 1_000_000;
}

/** Adds quantities of one unit, to the three decimals quantities carry. */
export function plus(a: Quantity | null, b: Quantity): Quantity {
  return a ? { amount: Math.round((a.amount + b.amount) * 1000) / 1000, unit: a.unit } : b;
}

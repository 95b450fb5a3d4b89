import { percentile, round } from '../support/stats';
import { Decision } from './rule-timer';

/** The cost of the rule checks, from the timed decisions of a phase. */
export interface RuleCost {
  readonly decisions: number;
  readonly events: number;
  /** Microseconds of deciding per event recorded: the mean (all time over all events) and the event-weighted median. */
  readonly usPerEvent: { readonly p50: number; readonly p90: number; readonly mean: number };
  readonly seconds: number;
  /** Cores the rules kept busy on average while capturing (seconds deciding / seconds capturing). */
  readonly coresWhileCapturing: number;
  /** Share of this process's CPU time while capturing that went into deciding. */
  readonly shareOfProcessCpu: number;
  readonly byUseCase: Readonly<Record<string, { decisions: number; events: number; us_per_decision_p50: number; us_per_decision_mean: number; us_per_event_mean: number }>>;
}

/**
 * Summarises the decisions. "Per event": a decision's time divided among the events it returned
 * (a 5-input transformation returns 6), so `mean` is total deciding time over events recorded, and
 * `p50` the median over events, each event carrying its decision's per-event time.
 */
export function ruleCost(decisions: readonly Decision[], captureSeconds: number, processCpuSeconds: number): RuleCost | null {
  if (decisions.length === 0) return null;
  const events = decisions.reduce((s, d) => s + d.events, 0);
  const micros = decisions.reduce((s, d) => s + d.micros, 0);
  const byUseCase: Record<string, Decision[]> = {};
  for (const d of decisions) (byUseCase[d.useCase] ??= []).push(d);
  return {
    decisions: decisions.length,
    events,
    usPerEvent: { p50: eventWeighted(decisions, 50), p90: eventWeighted(decisions, 90), mean: micros / events },
    seconds: micros / 1e6,
    coresWhileCapturing: micros / 1e6 / captureSeconds,
    shareOfProcessCpu: micros / 1e6 / processCpuSeconds,
    byUseCase: Object.fromEntries(
      Object.entries(byUseCase)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, list]) => {
          const us = list.map((d) => d.micros);
          const total = us.reduce((s, v) => s + v, 0);
          const n = list.reduce((s, d) => s + d.events, 0);
          return [name, { decisions: list.length, events: n, us_per_decision_p50: round(percentile(us, 50), 1), us_per_decision_mean: round(total / list.length, 1), us_per_event_mean: round(total / n, 1) }];
        }),
    ),
  };
}

/** The p-th percentile of per-event time, each decision counted once per event it returned. */
function eventWeighted(decisions: readonly Decision[], p: number): number {
  const sorted = decisions.filter((d) => d.events > 0).map((d) => ({ perEvent: d.micros / d.events, events: d.events })).sort((a, b) => a.perEvent - b.perEvent);
  const total = sorted.reduce((s, d) => s + d.events, 0);
  let seen = 0;
  for (const d of sorted) {
    seen += d.events;
    if (seen >= (p / 100) * total) return d.perEvent;
  }
  return Number.NaN;
}

import { performance } from 'node:perf_hooks';
import { FACT_KINDS } from '../../apps/capture/src/record-offline-batch/fact-kinds';

/** One call of a use case's pure decide function: which one, how long, how many events it returned. */
export interface Decision {
  readonly useCase: string;
  readonly micros: number;
  readonly events: number;
}

/**
 * Times every lot-fact decision the capture service makes in this process. The capture pipeline
 * calls `useCase.decide(command, context)` through the use-case objects (one per kind, the same
 * objects FACT_KINDS lists, the harvest batch's included); wrapping their `decide` property times
 * exactly the pure rule checks (fold of the lots' histories, every assertion, building the events)
 * and nothing else: no loading, no validation of the body, no append. A refused decision is timed
 * too (it is work the rules did). Only meaningful when the services run in this process.
 */
export class RuleTimer {
  private decisions: Decision[] = [];

  /** Wraps each use case once; returns how many were wrapped. */
  install(): number {
    const useCases = new Set(Object.values(FACT_KINDS).map((k) => k.useCase as unknown as { name: string; decide: (...args: unknown[]) => unknown[] }));
    for (const useCase of useCases) {
      const decide = useCase.decide;
      // The objects are plain module constants: assigning a property is all it takes, and the
      // handlers read `useCase.decide` at call time.
      Object.assign(useCase, {
        decide: (...args: unknown[]) => {
          const started = performance.now();
          let events = 0;
          try {
            const decided = decide(...args);
            events = decided.length;
            return decided;
          } finally {
            this.decisions.push({ useCase: useCase.name, micros: (performance.now() - started) * 1000, events });
          }
        },
      });
    }
    return useCases.size;
  }

  /** Forgets what was timed so far (the warm-up). */
  reset(): void {
    this.decisions = [];
  }

  /** What was timed since the last reset (a copy: timing goes on). */
  taken(): readonly Decision[] {
    return [...this.decisions];
  }
}

import { performance } from 'node:perf_hooks';
import { PostgresEventStore } from '#tamga/event-store';

/** What the capture service read back to decide: calls of readStreams, stored events returned, and their latency. */
export interface StateReads {
  readonly calls: number;
  readonly rows: number;
  readonly ms: readonly number[];
}

/**
 * Counts what the rules' inputs cost to load: before deciding, the capture pipeline reads every lot
 * a fact touches and every master-data record it names, with PostgresEventStore.readStreams (one
 * query per batch for the lots, one for the master data). Wrapping the prototype counts the stored
 * events read back per event recorded, which is deterministic, and the calls' latency, which is not
 * CPU cost (it includes waiting for Postgres and for this process's busy event loop). Only
 * meaningful when the services run in this process; nothing else of the run calls readStreams
 * while the journey is timed.
 */
export class StateReadCounter {
  private reads = { calls: 0, rows: 0, ms: [] as number[] };

  install(): void {
    const readStreams = PostgresEventStore.prototype.readStreams;
    const reads = () => this.reads;
    PostgresEventStore.prototype.readStreams = async function (this: PostgresEventStore, streamIds: readonly string[]) {
      const started = performance.now();
      const result = await readStreams.call(this, streamIds);
      const r = reads();
      r.calls++;
      r.ms.push(performance.now() - started);
      for (const events of result.values()) r.rows += events.length;
      return result;
    };
  }

  reset(): void {
    this.reads = { calls: 0, rows: 0, ms: [] };
  }

  /** What was read since the last reset (a copy: counting goes on). */
  taken(): StateReads {
    return { calls: this.reads.calls, rows: this.reads.rows, ms: [...this.reads.ms] };
  }
}

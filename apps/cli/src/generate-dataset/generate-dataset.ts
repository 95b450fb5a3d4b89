import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { LotBook } from './ledger/lot-book';
import { SeededRandom } from './seeded-random';
import { CycleDays, MASTER_DATA_AT } from './season/calendar';
import { runCycle } from './season/cycle';
import { Season } from './season/season';
import { datasetIds } from './world/dataset-ids';
import { WorldScale, planWorld } from './world/plan-world';
import { registerWorld } from './world/register-world';
import { BulkWriter } from './writing/bulk-writer';

/** Events a cycle records, about: sizes the world before the first cycle (the last cycle decides the total). */
export const EVENTS_PER_CYCLE = 700;

/** What was generated and how fast. */
export interface GenerationReport {
  readonly seed: number;
  readonly lotPrefix: string;
  readonly events: number;
  readonly masterDataEvents: number;
  readonly facts: number;
  readonly cycles: number;
  readonly eventsByType: Readonly<Record<string, number>>;
  readonly transactions: number;
  readonly seconds: number;
}

/**
 * Generates the dataset of `seed` into the event store behind `pool` until it holds at least
 * `events` new events: master data first, then whole cycles of the season (each fact decided by
 * the rules of libs/domain), written in large transactions as they are decided. Deterministic: the
 * same seed and size give the same facts, ids and times.
 */
export async function generateDataset(pool: Pool, options: { readonly events: number; readonly seed: number; readonly log: (line: string) => void }): Promise<GenerationReport> {
  const started = performance.now();
  const ids = datasetIds(options.seed);
  const random = new SeededRandom(options.seed);
  const planned = Math.max(1, Math.ceil(options.events / EVENTS_PER_CYCLE));
  const plan = planWorld(ids, worldScale(planned));
  const writer = new BulkWriter(pool);
  const { masterData, events: masterDataEvents } = registerWorld(plan, random, writer, MASTER_DATA_AT);
  options.log(`  master data: ${plan.places.length} places, ${plan.parties.length} parties, ${plan.products.length} products, ${plan.schemes.length} schemes (${masterDataEvents} events)`);
  await writer.flush();
  const book = new LotBook(masterData, random, writer, new Date());
  const season = new Season(book, plan.world, random, ids.lotPrefix, new CycleDays(0, planned));
  let cycles = 0;
  let reported = 0;
  while (writer.added < options.events) {
    season.days = new CycleDays(cycles, planned);
    runCycle(season, cycles++);
    book.forgetAll();
    await writer.flushIfFull();
    // Lets the write in flight take its next round trip while the next cycle is decided.
    await new Promise((resolve) => setImmediate(resolve));
    if (writer.added - reported >= 100_000) {
      reported = writer.added;
      const s = (performance.now() - started) / 1000;
      options.log(`  ${reported.toLocaleString('en-US')} events decided, ${writer.written.toLocaleString('en-US')} written (${Math.round(writer.written / s).toLocaleString('en-US')}/s)`);
    }
  }
  await writer.close();
  return {
    seed: options.seed,
    lotPrefix: ids.lotPrefix,
    events: writer.written,
    masterDataEvents,
    facts: book.facts,
    cycles,
    eventsByType: Object.fromEntries([...book.eventsByType].sort(([a], [b]) => a.localeCompare(b))),
    transactions: writer.transactions,
    seconds: (performance.now() - started) / 1000,
  };
}

/**
 * Members enough that each beekeeper delivers about six times in the season and each herder
 * shears about four times: a region's four honey villages supply each of its cycles, 24 harvests
 * each, and one wool village of four supplies six fleeces a cycle.
 */
function worldScale(cycles: number): WorldScale {
  return {
    beekeepersPerVillage: Math.max(20, Math.ceil((cycles * 4) / 6)),
    herdersPerVillage: Math.max(10, Math.ceil((cycles * 6) / 4 / 4)),
  };
}

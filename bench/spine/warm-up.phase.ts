import { performance } from 'node:perf_hooks';
import { harvestFor, lotIds } from '../support/harvests';
import { chunk } from '../support/stats';
import { waitForVisible } from '../support/progress';
import { Bench, postBatch, postSingle } from './bench-context';
import { PHASE_TIMEOUT_MS, SETTINGS } from './settings';

/** Sends a few thousand events through the whole spine first, so JIT and connections are warm. */
export async function warmUp(bench: Bench): Promise<void> {
  const ids = lotIds(bench.run, 'W', SETTINGS.warmupEvents);
  const started = performance.now();
  // Every client's key once at least, so no key is verified for the first time while timed.
  for (const [i, batch] of chunk(ids, SETTINGS.batchSize).entries()) {
    await postBatch(bench, i, JSON.stringify({ harvests: batch.map((id, j) => harvestFor(id, j)) }));
  }
  const singles = Array.from({ length: Math.max(10, bench.apiKeys.length) }, (_, i) => `${ids[0]}s${i}`);
  for (const [i, id] of singles.entries()) await postSingle(bench, i, JSON.stringify(harvestFor(id, i)));
  // Waits for these lots themselves: the topic also carries the master data registered before.
  await waitForVisible(bench.pool, [...ids, ...singles], PHASE_TIMEOUT_MS);
  console.log(`  warm-up: ${ids.length + singles.length} events through the spine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

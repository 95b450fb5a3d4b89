import { performance } from 'node:perf_hooks';
import { harvestFor, lotIds } from '../support/harvests';
import { chunk } from '../support/stats';
import { Bench, postBatch, postSingle, waitForProjected } from './bench-context';
import { PHASE_TIMEOUT_MS, SETTINGS } from './settings';

/** Sends a few thousand events through the whole spine first, so JIT and connections are warm. */
export async function warmUp(bench: Bench): Promise<void> {
  const ids = lotIds(bench.run, 'W', SETTINGS.warmupEvents);
  const started = performance.now();
  for (const batch of chunk(ids, SETTINGS.batchSize)) {
    await postBatch(bench, JSON.stringify({ harvests: batch.map((id, i) => harvestFor(id, i)) }));
  }
  for (let i = 0; i < 10; i++) await postSingle(bench, JSON.stringify(harvestFor(`${ids[0]}s${i}`, i)));
  await waitForProjected(bench, ids.length + 10, PHASE_TIMEOUT_MS);
  console.log(`  warm-up: ${ids.length + 10} events through the spine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

import { performance } from 'node:perf_hooks';
import { sleep } from '../support/stats';
import { visibleCountByPrefix } from '../support/progress';
import { JourneyBench } from './journey-context';
import { planChains, recordChains } from './record-chains';
import { JOURNEY_PHASE_TIMEOUT_MS, JOURNEY_SETTINGS } from './settings';

/** Records a few rounds of every client through the whole spine first, so JIT, connections and key checks are warm. */
export async function warmUp(bench: JourneyBench): Promise<void> {
  const started = performance.now();
  const plan = planChains(bench.worlds, bench.run, 'V', JOURNEY_SETTINGS.warmupChains);
  await recordChains(bench.tamga.captureUrl, plan, JOURNEY_SETTINGS.chainsPerRound);
  while ((await visibleCountByPrefix(bench.pool, plan.lotPrefix)) < plan.events) {
    if (performance.now() - started > JOURNEY_PHASE_TIMEOUT_MS) throw new Error('The warm-up events were not projected in time');
    await sleep(50);
  }
  console.log(`  warm-up: ${plan.chains} chains, ${plan.events} events through the spine in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

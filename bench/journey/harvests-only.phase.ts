import { Bench } from '../spine/bench-context';
import { SETTINGS } from '../spine/settings';
import { ThroughputResult, throughputPhase } from '../spine/throughput.phase';
import { warmUp } from '../spine/warm-up.phase';
import { harvestWorldWithKeys } from '../support/harvest-world';
import { JourneyBench } from './journey-context';
import { Decision } from './rule-timer';

/** The spine's throughput in this run, and the decisions it took. */
export interface HarvestsOnlyResult {
  readonly throughput: ThroughputResult;
  readonly decisions: readonly Decision[];
}

/**
 * The spine's own throughput phase (harvests only, BENCH_EVENTS of them in batches of BENCH_BATCH
 * from BENCH_CLIENTS clients), run after the journey on the same services, baselines and machine
 * state: the comparison with the spine is made within one run, not against a spine.json from
 * another moment (the baselines alone moved by half between two runs minutes apart).
 */
export async function harvestsOnlyPhase(bench: JourneyBench): Promise<HarvestsOnlyResult> {
  const apiKeys = await harvestWorldWithKeys(bench.pool, SETTINGS.clients);
  const spine: Bench = { run: bench.run, tamga: bench.tamga, pool: bench.pool, kafka: bench.kafka, topic: bench.topic, groups: bench.groups, apiKeys };
  await warmUp(spine);
  bench.timer?.reset();
  const throughput = await throughputPhase(spine);
  return { throughput, decisions: bench.timer?.taken() ?? [] };
}

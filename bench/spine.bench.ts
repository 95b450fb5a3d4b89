import 'reflect-metadata';
import { measureBaselines } from './support/baselines.phase';
import { exitWith, runBench } from './support/bench-run';
import { harvestWorldWithKeys } from './support/harvest-world';
import { loadAverages, writeResults } from './support/results';
import { fmt } from './support/stats';
import { startServices } from './support/tamga-services';
import { releaseTestKeys } from '../tests/support/test-keys';
import { Bench } from './spine/bench-context';
import { lagPhase } from './spine/lag.phase';
import { report } from './spine/report';
import { SETTINGS } from './spine/settings';
import { singlesPhase } from './spine/singles.phase';
import { throughputPhase } from './spine/throughput.phase';
import { warmUp } from './spine/warm-up.phase';

/**
 * The spine benchmark: harvests through capture → event store → relay → Kafka → projector →
 * read model, against raw Kafka and raw Postgres COPY on the same machine, then the projection
 * lag at a steady rate. `npm run bench:spine`; README.md beside this file explains the figures.
 * The phases are in spine/, one file each; what every benchmark shares is in support/.
 */
async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadAverages();
  return runBench('spine', SETTINGS.partitions, async (run) => {
    console.log(
      `  ${fmt(SETTINGS.events)} events in batches of ${SETTINGS.batchSize} from ${SETTINGS.clients} clients; ` +
        `lag at ${SETTINGS.lagRate}/s for ${SETTINGS.lagSeconds} s (${SETTINGS.lagBatch} per request)`,
    );
    // Baselines first, while nothing else runs.
    const baselines = await measureBaselines(run, SETTINGS.events, SETTINGS.batchSize, SETTINGS.partitions);
    const tamga = await startServices(run, SETTINGS.services);
    // Every write needs an API key and registered master data, both issued straight into the
    // event store: a village group with one key per client, and every product, village and
    // producer (a member of the group) the harvests name.
    run.onCleanUp(() => releaseTestKeys());
    const apiKeys = await harvestWorldWithKeys(run.pool, Math.max(SETTINGS.clients, SETTINGS.singlesClients));
    const bench: Bench = { run: run.run, tamga, pool: run.pool, kafka: run.kafka, topic: run.topic, groups: run.groups, apiKeys };

    await warmUp(bench);
    console.log('\nThroughput: batches through the whole spine');
    const throughput = await throughputPhase(bench);
    console.log('\nLag: a steady stream, 201 to read model');
    const lag = await lagPhase(bench);
    console.log('\nSingle harvests: POST /harvests as fast as it answers');
    const singles = await singlesPhase(bench);

    writeResults('spine', report(startedAt, loadAtStart, run.infrastructure, baselines, throughput, lag, singles));
  });
}

exitWith(main);

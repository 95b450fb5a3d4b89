import 'reflect-metadata';
import { PostgresEventStore } from '#tamga/event-store';
import { measureBaselines } from './support/baselines.phase';
import { exitWith, runBench } from './support/bench-run';
import { loadAverages, writeResults } from './support/results';
import { fmt } from './support/stats';
import { startServices } from './support/tamga-services';
import { releaseTestKeys } from '../tests/support/test-keys';
import { JourneyBench } from './journey/journey-context';
import { harvestsOnlyPhase } from './journey/harvests-only.phase';
import { journeyPhase } from './journey/journey.phase';
import { report } from './journey/report';
import { RuleTimer } from './journey/rule-timer';
import { StateReadCounter } from './journey/state-reads';
import { JOURNEY_SETTINGS } from './journey/settings';
import { warmUp } from './journey/warm-up.phase';
import { registerChainWorlds } from './journey/world';

/**
 * The journey benchmark: whole supply chains (harvests, merges and transformations of 3 to 5
 * lots, splits, packing, shipments, receipts, sales, exports, certificates, inspections, holds,
 * recalls, corrections, retractions) recorded through the capture API by concurrent clients, each
 * party with its own key, until the read model has caught up; the same raw Kafka and Postgres
 * baselines as the spine in the same run; and the time the rule checks take per event.
 * `npm run bench:journey`; bench/README.md explains the figures. The phases are in journey/.
 */
async function main(): Promise<number> {
  const startedAt = new Date();
  const loadAtStart = loadAverages();
  return runBench('journey', JOURNEY_SETTINGS.partitions, async (run) => {
    const s = JOURNEY_SETTINGS;
    console.log(`  ${fmt(s.chains)} chains (about ${fmt(s.chains * 57)} events), ${s.chainsPerRound} a round, from ${s.clients} clients`);
    // Baselines first, while nothing else runs.
    const baselines = await measureBaselines(run, s.baselineRows, s.baselineBatch, s.partitions);
    // Wrapped before the capture service loads them: the same module objects, so every decision is timed.
    const timer = s.services === 'in-process' ? new RuleTimer() : null;
    const reads = s.services === 'in-process' ? new StateReadCounter() : null;
    if (timer) console.log(`\nTiming the decisions of ${timer.install()} lot-fact use cases in this process`);
    reads?.install();
    const tamga = await startServices(run, s.services);
    run.onCleanUp(() => releaseTestKeys());
    const worlds = await registerChainWorlds(new PostgresEventStore(run.pool), s.clients);
    const bench: JourneyBench = { run: run.run, tamga, pool: run.pool, kafka: run.kafka, topic: run.topic, groups: run.groups, worlds, timer, reads };

    await warmUp(bench);
    console.log('\nJourney: supply chains through the whole spine');
    const journey = await journeyPhase(bench);
    console.log("\nHarvests only: the spine's throughput phase, in this run, to compare with");
    const harvestsOnly = await harvestsOnlyPhase(bench);
    writeResults('journey', report(startedAt, loadAtStart, run.infrastructure, baselines, journey, harvestsOnly));
  });
}

exitWith(main);

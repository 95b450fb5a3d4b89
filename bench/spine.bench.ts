import 'reflect-metadata';
import { cpus } from 'node:os';
import { PostgresEventStore, readStoreId } from '#tamga/event-store';
import { Infrastructure, provideInfrastructure } from '#tamga/local-infra';
import { createKafka, deleteTopics } from '#tamga/messaging';
import { createPool, runMigrations } from '#tamga/platform';
import { measureKafkaProduce, measurePgCopy } from './support/baselines';
import { tamgaProcessGroups } from './support/cpu';
import { registerHarvestWorld } from './support/harvest-world';
import { newRunId } from './support/harvests';
import { fmt } from './support/stats';
import { startTamgaInProcess, startTamgaProcesses } from './support/tamga-services';
import { partyWithKey, releaseTestKeys } from '../tests/support/test-keys';
import { Bench } from './spine/bench-context';
import { postmasterPid, recreateBenchDatabase } from './spine/bench-infrastructure';
import { lagPhase } from './spine/lag.phase';
import { report, writeResults } from './spine/report';
import { BENCH_DATABASE, SETTINGS } from './spine/settings';
import { singlesPhase } from './spine/singles.phase';
import { throughputPhase } from './spine/throughput.phase';
import { warmUp } from './spine/warm-up.phase';

/**
 * The spine benchmark: harvests through capture → event store → relay → Kafka → projector →
 * read model, against raw Kafka and raw Postgres COPY on the same machine, then the projection
 * lag at a steady rate. `npm run bench:spine`; README.md beside this file explains the figures.
 * The phases are in spine/, one file each.
 */
async function main(): Promise<number> {
  const run = newRunId();
  const startedAt = new Date();
  console.log(`Tamga spine benchmark, run ${run}: ${cpus().length} cores, Node ${process.version}`);
  console.log(
    `  ${fmt(SETTINGS.events)} events in batches of ${SETTINGS.batchSize} from ${SETTINGS.clients} clients; ` +
      `lag at ${SETTINGS.lagRate}/s for ${SETTINGS.lagSeconds} s (${SETTINGS.lagBatch} per request)`,
  );

  const cleanups: (() => Promise<unknown>)[] = [];
  let cleaning: Promise<void> | null = null;
  const cleanUp = () =>
    (cleaning ??= (async () => {
      for (const step of cleanups.reverse()) await step().catch((error) => console.error(`  cleanup: ${String(error)}`));
    })());
  let interrupted = false;
  const onSignal = () => {
    if (interrupted) return;
    interrupted = true;
    console.error('\nInterrupted: stopping what the benchmark started...');
    void cleanUp().then(() => process.exit(130));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);

  try {
    // Infrastructure: the user's (DATABASE_URL, KAFKA_BROKERS) or the embedded/bundled ones.
    const ownDatabase = !process.env.DATABASE_URL;
    const infrastructure: Infrastructure = await provideInfrastructure(BENCH_DATABASE);
    cleanups.push(() => infrastructure.release());
    infrastructure.description.forEach((line) => console.log(`  ${line}`));
    if (ownDatabase) await recreateBenchDatabase(infrastructure.databaseUrl);
    await runMigrations(infrastructure.databaseUrl);
    console.log(`  Database: ${ownDatabase ? `${BENCH_DATABASE} (recreated empty, kept after the run)` : 'DATABASE_URL, as it is'}`);

    const topic = `tamga.bench.${run}.lot-events`;
    const baselineTopic = `tamga.bench.${run}.baseline`;
    Object.assign(process.env, {
      DATABASE_URL: infrastructure.databaseUrl,
      KAFKA_BROKERS: infrastructure.kafkaBrokers,
      TAMGA_EVENT_TOPIC: topic,
      TAMGA_EVENT_TOPIC_PARTITIONS: String(SETTINGS.partitions),
      TAMGA_PROJECTOR_GROUP: `tamga-bench-projector-${run}`,
      TAMGA_RELAY_NAME: 'tamga-bench-relay',
    });
    const pool = createPool(infrastructure.databaseUrl, 4);
    cleanups.push(() => pool.end());
    const kafka = createKafka({ brokers: infrastructure.kafkaBrokers.split(','), clientId: `tamga-bench-${run}` });
    cleanups.push(() => deleteTopics(kafka, (t) => t === topic || t === baselineTopic));
    const groups = tamgaProcessGroups(await postmasterPid(pool));

    // Baselines first, while nothing else runs.
    console.log('\nBaselines');
    const kafkaBaseline = await measureKafkaProduce(
      kafka,
      baselineTopic,
      SETTINGS.partitions,
      run,
      SETTINGS.events,
      SETTINGS.batchSize,
      await readStoreId(pool),
    );
    console.log(`  raw Kafka produce: ${fmt(kafkaBaseline.perSecond)} msg/s (${kafkaBaseline.seconds.toFixed(2)} s)`);
    const copyTable = `public.bench_copy_${run}`;
    cleanups.push(() => pool.query(`DROP TABLE IF EXISTS ${copyTable}`));
    const copyBaseline = await measurePgCopy(pool, copyTable, run, SETTINGS.events, SETTINGS.batchSize);
    console.log(`  raw Postgres COPY: ${fmt(copyBaseline.perSecond)} rows/s (${copyBaseline.seconds.toFixed(2)} s)`);
    await pool.query(`DROP TABLE IF EXISTS ${copyTable}`);

    console.log(
      `\nStarting capture, relay, projector and provenance ${SETTINGS.services === 'processes' ? 'as four processes' : 'in this process'}...`,
    );
    const tamga = SETTINGS.services === 'processes' ? await startTamgaProcesses() : await startTamgaInProcess();
    cleanups.push(() => tamga.stop());
    // Every write needs an API key and registered master data, both issued straight into the
    // event store: a village group with one key per client, and every product, village and
    // producer (a member of the group) the harvests name.
    cleanups.push(() => releaseTestKeys());
    const group = 'producer:bench-group';
    const apiKeys: string[] = [];
    for (let i = 0; i < Math.max(SETTINGS.clients, SETTINGS.singlesClients); i++) {
      apiKeys.push((await partyWithKey({ partyId: group, kinds: ['producer'] }, { label: `bench-client-${i}` })).apiKey);
    }
    await registerHarvestWorld(new PostgresEventStore(pool), group);
    const bench: Bench = { run, tamga, pool, kafka, topic, groups, apiKeys };

    await warmUp(bench);
    console.log('\nThroughput: batches through the whole spine');
    const throughput = await throughputPhase(bench);
    console.log('\nLag: a steady stream, 201 to read model');
    const lag = await lagPhase(bench);
    console.log('\nSingle harvests: POST /harvests as fast as it answers');
    const singles = await singlesPhase(bench);

    const results = report(startedAt, infrastructure, kafkaBaseline, copyBaseline, throughput, lag, singles);
    writeResults(results);
    return 0;
  } catch (error) {
    console.error(`\nThe benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  } finally {
    if (!interrupted) {
      console.log('\nStopping the services and releasing Kafka and Postgres...');
      await cleanUp();
    }
  }
}

// ---------------------------------------------------------------- phases
main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);

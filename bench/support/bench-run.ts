import { cpus } from 'node:os';
import type { Pool } from 'pg';
import { Infrastructure, provideInfrastructure } from '#tamga/local-infra';
import { Kafka, createKafka, deleteTopics } from '#tamga/messaging';
import { createPool, runMigrations } from '#tamga/platform';
import { postmasterPid, recreateBenchDatabase } from './bench-infrastructure';
import { ProcessGroups, tamgaProcessGroups } from './cpu';
import { newRunId } from './harvests';
import { loadAverages } from './results';
import { BENCH_DATABASE } from './settings';
import { withCleanup } from './with-cleanup';

/** What every benchmark run has once its infrastructure is up. */
export interface BenchRun {
  /** 6 characters, in every lot id, topic and group name of the run. */
  readonly run: string;
  readonly infrastructure: Infrastructure;
  readonly pool: Pool;
  readonly kafka: Kafka;
  /** The run's event topic, which the services' relay and projector use. */
  readonly topic: string;
  /** A topic of its own for the raw Kafka baseline. */
  readonly baselineTopic: string;
  readonly groups: ProcessGroups;
  /** Registers a step to run at the end, whatever happened (steps run last-registered first). */
  onCleanUp(step: () => Promise<unknown>): void;
}

/**
 * Runs a benchmark: brings up Kafka and Postgres as `npm start` does (the user's, or the bundled
 * and embedded ones), recreates the bench database, points the services' environment at the run's
 * own topic, projector group and relay name, runs `body`, and always cleans up: on success, on
 * failure and on Ctrl-C. Returns the exit code.
 */
export async function runBench(name: string, partitions: number, body: (bench: BenchRun) => Promise<void>, database: string = BENCH_DATABASE): Promise<number> {
  const run = newRunId();
  const load = loadAverages();
  console.log(`Tamga ${name} benchmark, run ${run}: ${cpus().length} cores, Node ${process.version}, load average ${load['1m']} ${load['5m']} ${load['15m']}`);
  return withCleanup(async (onCleanUp) => {
    const ownDatabase = !process.env.DATABASE_URL;
    const infrastructure = await provideInfrastructure(database);
    onCleanUp(() => infrastructure.release());
    infrastructure.description.forEach((line) => console.log(`  ${line}`));
    if (ownDatabase) await recreateBenchDatabase(infrastructure.databaseUrl);
    await runMigrations(infrastructure.databaseUrl);
    console.log(`  Database: ${ownDatabase ? `${database} (recreated empty, kept after the run)` : 'DATABASE_URL, as it is'}`);

    const topic = `tamga.bench.${run}.lot-events`;
    const baselineTopic = `tamga.bench.${run}.baseline`;
    Object.assign(process.env, {
      DATABASE_URL: infrastructure.databaseUrl,
      KAFKA_BROKERS: infrastructure.kafkaBrokers,
      TAMGA_EVENT_TOPIC: topic,
      TAMGA_EVENT_TOPIC_PARTITIONS: String(partitions),
      TAMGA_PROJECTOR_GROUP: `tamga-bench-projector-${run}`,
      TAMGA_RELAY_NAME: 'tamga-bench-relay',
    });
    const pool = createPool(infrastructure.databaseUrl, 4);
    onCleanUp(() => pool.end());
    const kafka = createKafka({ brokers: infrastructure.kafkaBrokers.split(','), clientId: `tamga-bench-${run}` });
    onCleanUp(() => deleteTopics(kafka, (t) => t === topic || t === baselineTopic));
    const groups = tamgaProcessGroups(await postmasterPid(pool));
    await body({ run, infrastructure, pool, kafka, topic, baselineTopic, groups, onCleanUp });
  });
}

/** Runs a benchmark's main and exits with its code. */
export function exitWith(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

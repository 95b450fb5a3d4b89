import { performance } from 'node:perf_hooks';
import { Pool } from 'pg';
import { createKafka, ensureEventTopic } from '#tamga/messaging';
import { createPool, loadConfig, runMigrations } from '#tamga/platform';
import { provideInfrastructure } from '#tamga/local-infra';
import { DatasetRequest, datasetRequestOf } from './generate-dataset-arguments';
import { GenerationReport, generateDataset } from './generate-dataset';
import { awaitProjection } from './projection/await-projection';
import { startRelayAndProjector } from './projection/relay-and-projector';
import { datasetIds } from './world/dataset-ids';

const USAGE = `Usage: tamga generate-dataset [--events N] [--seed S] [--database NAME] [--force]

  Generates a season of OVOP supply chains (default 1,000,000 events, seed 1), every fact decided
  by Tamga's rules, into the event store, and waits until the relay and projector have brought
  Kafka and the read models up to date. Refuses an event store that already holds events unless
  --force; --database NAME creates and fills that database on the embedded Postgres instead.
`;

/** How long the relay and projector may take to catch up with a million events on a busy 2-core machine. */
const PROJECTION_TIMEOUT_MS = 30 * 60_000;

/** `tamga generate-dataset`: see USAGE and bench/README.md (the provenance benchmark's dataset). */
export async function generateDatasetCommand(args: readonly string[]): Promise<number> {
  const request = datasetRequestOf(args);
  if (!request) {
    process.stderr.write(USAGE);
    return 2;
  }
  if (request.database && process.env.DATABASE_URL) {
    process.stderr.write('--database names a database of the embedded Postgres; with DATABASE_URL set, point DATABASE_URL at the database instead.\n');
    return 2;
  }
  const infrastructure = await provideInfrastructure(request.database ?? 'tamga');
  infrastructure.description.forEach((line) => console.log(`  ${line}`));
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: infrastructure.databaseUrl, KAFKA_BROKERS: infrastructure.kafkaBrokers };
  // One topic per event store: a database of its own publishing to the default topic would mix its
  // events into the `tamga` database's (whose projector refuses a foreign store's events). And a
  // consumer group of its own: members of one group subscribed to different topics upset each other.
  if (request.database && !process.env.TAMGA_EVENT_TOPIC) env.TAMGA_EVENT_TOPIC = `tamga.${request.database}.lot-events.v1`;
  if (request.database && !process.env.TAMGA_PROJECTOR_GROUP) env.TAMGA_PROJECTOR_GROUP = `tamga-projector-${request.database}`;
  const config = loadConfig(env);
  const pool = createPool(config.databaseUrl, 4);
  let services: { stop(): Promise<void> } | null = null;
  try {
    await runMigrations(config.databaseUrl);
    const refusal = await refusalOf(pool, request);
    if (refusal) {
      process.stderr.write(`${refusal}\n`);
      return 2;
    }
    const kafka = createKafka({ brokers: config.kafkaBrokers, clientId: 'tamga-generate-dataset' });
    await ensureEventTopic(kafka, { topic: config.eventTopic, partitions: config.eventTopicPartitions });
    // Started first, so publishing and projecting overlap the generation.
    services = startRelayAndProjector(env);
    console.log(`Generating ${request.events.toLocaleString('en-US')} events (seed ${request.seed}), published to ${config.eventTopic}...`);
    const started = performance.now();
    const report = await generateDataset(pool, { events: request.events, seed: request.seed, log: (line) => console.log(line) });
    printGeneration(report);
    console.log('Waiting for the relay and the projector to catch up...');
    const stages = await awaitProjection({ pool, kafka, topic: config.eventTopic, relayName: config.relayName }, PROJECTION_TIMEOUT_MS, (line) => console.log(line));
    const total = (performance.now() - started) / 1000;
    console.log(
      `Projected: ${stages.projected.toLocaleString('en-US')} messages in the read models ${total.toFixed(1)} s after the start ` +
        `(${Math.round(report.events / total).toLocaleString('en-US')} events/s end to end; the relay had caught up ${(report.seconds + stages.relayCaughtUp).toFixed(1)} s in).`,
    );
    if (request.database) {
      console.log(`To serve it: DATABASE_URL=${config.databaseUrl} TAMGA_EVENT_TOPIC=${config.eventTopic} TAMGA_PROJECTOR_GROUP=${env.TAMGA_PROJECTOR_GROUP} npx tamga start --no-demo`);
    }
    return 0;
  } finally {
    await services?.stop();
    await pool.end();
    await infrastructure.release();
  }
}

/**
 * Why not to write here: a store that already holds events belongs to someone (the demo season, a
 * test run, real records) and a generated million would drown it, so only --force adds to it; and
 * even then not a second time for the same seed, whose ids would collide.
 */
async function refusalOf(pool: Pool, request: DatasetRequest): Promise<string | null> {
  const ids = datasetIds(request.seed);
  const { rows } = await pool.query<{ any: boolean; ours: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM event_store.events) AS any,
            EXISTS (SELECT 1 FROM event_store.events WHERE stream_id = $1) AS ours`,
    [`party/${ids.id('admin', 'dataset')}`],
  );
  if (rows[0].ours) return `This event store already holds the dataset of seed ${request.seed}: choose another --seed, or another database.`;
  if (rows[0].any && !request.force) {
    return (
      'This event store already holds events: generate-dataset writes a million into an empty one only. ' +
      'Use a database of its own (--database tamga_dataset on the embedded Postgres, or DATABASE_URL), or --force to add the dataset beside them.'
    );
  }
  return null;
}

function printGeneration(r: GenerationReport): void {
  console.log(
    `Generated ${r.events.toLocaleString('en-US')} events (${r.masterDataEvents.toLocaleString('en-US')} of master data, ${r.facts.toLocaleString('en-US')} lot facts in ${r.cycles} cycles, ` +
      `lot ids ${r.lotPrefix}…) in ${r.seconds.toFixed(1)} s: ${Math.round(r.events / r.seconds).toLocaleString('en-US')} events/s decided and written, ${r.transactions} transactions.`,
  );
  console.log(`  by type: ${Object.entries(r.eventsByType).map(([t, n]) => `${t.replace('lot.', '')} ${n.toLocaleString('en-US')}`).join(', ')}`);
}

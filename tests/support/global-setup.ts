import { randomBytes } from 'node:crypto';
import { dropDatabase, ensureDatabase, provideInfrastructure, serverUrlOf } from '#tamga/local-infra';
import { createKafka, deleteTopics } from '#tamga/messaging';
import { runMigrations } from '#tamga/platform';

/**
 * Brings up what the integration and e2e tests need, exactly as `npm start` does: DATABASE_URL
 * and KAFKA_BROKERS if set, else the embedded Postgres and the bundled broker (started here if
 * nothing answers). Each run gets its own database on that server (never the one DATABASE_URL
 * names), its own topics, consumer groups and relay checkpoint; teardown removes them.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { tamgaTestRelease?: () => Promise<void> };
  if (state.tamgaTestRelease) return; // the integration and e2e projects share one setup
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = `tamga_test_${run}`;
  const infrastructure = await provideInfrastructure();
  const serverUrl = serverUrlOf(infrastructure.databaseUrl);
  const databaseUrl = await ensureDatabase(serverUrl, database);
  await runMigrations(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.TAMGA_TEST_RUN = run;
  process.env.TAMGA_EVENT_TOPIC = `tamga.test.${run}.lot-events`;
  process.env.TAMGA_EVENT_TOPIC_PARTITIONS = '3';
  process.env.TAMGA_PROJECTOR_GROUP = `tamga-test-${run}-projector`;
  process.env.TAMGA_RELAY_NAME = `tamga-test-${run}-relay`;
  // No log checkpoint appears on its own while tests count the events a request (did not) record;
  // the log's own tests ask for checkpoints explicitly (tests/support/use-checkpoints.ts).
  process.env.TAMGA_CHECKPOINT_EVERY = String(Number.MAX_SAFE_INTEGER);
  process.env.TAMGA_CHECKPOINT_INTERVAL_MS = String(Number.MAX_SAFE_INTEGER);
  state.tamgaTestRelease = async () => {
    await dropDatabase(serverUrl, database).catch((e) => console.error(`could not drop the test database: ${e}`));
    const kafka = createKafka({ brokers: infrastructure.kafkaBrokers.split(','), clientId: `tamga-test-${run}-cleanup` });
    await deleteTopics(kafka, (t) => t.startsWith(`tamga.test.${run}.`)).catch((e) => console.error(`could not delete test topics: ${e}`));
    await infrastructure.release();
  };
}

import { randomBytes } from 'node:crypto';
import { ensureDatabase, provideInfrastructure } from '#tamga/local-infra';
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
  const infrastructure = await provideInfrastructure();
  const serverUrl = serverOf(infrastructure.databaseUrl);
  const databaseUrl = await ensureDatabase(serverUrl, `tamga_test_${run}`);
  await runMigrations(databaseUrl);
  process.env.DATABASE_URL = databaseUrl;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.TAMGA_TEST_RUN = run;
  process.env.TAMGA_EVENT_TOPIC = `tamga.test.${run}.lot-events`;
  process.env.TAMGA_EVENT_TOPIC_PARTITIONS = '3';
  process.env.TAMGA_PROJECTOR_GROUP = `tamga-test-${run}-projector`;
  process.env.TAMGA_RELAY_NAME = `tamga-test-${run}-relay`;
  state.tamgaTestRelease = async () => {
    await dropDatabase(serverUrl, `tamga_test_${run}`).catch((e) => console.error(`could not drop the test database: ${e}`));
    await deleteRunTopics(infrastructure.kafkaBrokers, run).catch((e) => console.error(`could not delete test topics: ${e}`));
    await infrastructure.release();
  };
}

function serverOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  const { Client } = await import('pg');
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

async function deleteRunTopics(brokers: string, run: string): Promise<void> {
  const { createKafka } = await import('#tamga/messaging');
  const admin = createKafka({ brokers: brokers.split(','), clientId: `tamga-test-${run}-cleanup` }).admin();
  await admin.connect();
  try {
    const topics = (await admin.listTopics()).filter((t) => t.startsWith(`tamga.test.${run}.`));
    if (topics.length > 0) await admin.deleteTopics({ topics });
  } finally {
    await admin.disconnect();
  }
}

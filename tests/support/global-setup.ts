import { randomBytes } from 'node:crypto';
import { runMigrations } from '#tamga/platform';
import { provideInfrastructure } from '../../apps/cli/src/infrastructure/provide-infrastructure';

/**
 * Brings up what the integration and e2e tests need, exactly as `npm start` does: DATABASE_URL
 * and KAFKA_BROKERS if set, else the embedded Postgres and the bundled broker (started here if
 * nothing answers). Each run gets its own database (on the embedded server) and its own topic.
 */
export default async function globalSetup(): Promise<void> {
  const state = globalThis as { tamgaTestRelease?: () => Promise<void> };
  if (state.tamgaTestRelease) return; // the integration and e2e projects share one setup
  const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const ownDatabase = !process.env.DATABASE_URL;
  const infrastructure = await provideInfrastructure(ownDatabase ? `tamga_test_${run}` : 'tamga');
  await runMigrations(infrastructure.databaseUrl);
  process.env.DATABASE_URL = infrastructure.databaseUrl;
  process.env.KAFKA_BROKERS = infrastructure.kafkaBrokers;
  process.env.TAMGA_EVENT_TOPIC = `tamga.test.${run}.lot-events`;
  process.env.TAMGA_EVENT_TOPIC_PARTITIONS = '3';
  process.env.TAMGA_PROJECTOR_GROUP = `tamga-projector-${run}`;
  process.env.TAMGA_TEST_RUN = run;
  state.tamgaTestRelease = async () => {
    if (ownDatabase) await dropDatabase(infrastructure.databaseUrl);
    await infrastructure.release();
  };
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const { Client } = await import('pg');
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await client.end();
  }
}

import type { Pool } from 'pg';
import { dropDatabase, ensureDatabase, serverUrlOf } from '#tamga/local-infra';
import { createPool, loadConfig, runMigrations } from '#tamga/platform';
import { RunningTamga, startTamga } from './running-tamga';
import { unique } from './test-infrastructure';

/** A Tamga on a database of its own, and that database's URL and a pool on it. */
export interface OwnTamga {
  readonly tamga: RunningTamga;
  readonly databaseUrl: string;
  readonly pool: Pool;
}

const SETTINGS = ['DATABASE_URL', 'TAMGA_EVENT_TOPIC', 'TAMGA_PROJECTOR_GROUP', 'TAMGA_RELAY_NAME'] as const;

/**
 * For an e2e test file that records data under fixed ids (the demo season's village:barskoon,
 * product:comb-honey...) or counts every event in the log: unlike useRunningTamga, which shares the
 * run's database with the other files, it starts Tamga on a fresh database, topic, consumer group
 * and relay checkpoint, and drops the database after. The topic is named after the run, so the
 * global teardown deletes it.
 */
export function useOwnTamga(): OwnTamga {
  const own = {} as { tamga: RunningTamga; databaseUrl: string; pool: Pool };
  const saved = Object.fromEntries(SETTINGS.map((name) => [name, process.env[name]]));
  const name = unique('own_');
  const serverUrl = serverUrlOf(loadConfig().databaseUrl);
  const database = `tamga_test_${process.env.TAMGA_TEST_RUN}_${name}`;
  beforeAll(async () => {
    own.databaseUrl = await ensureDatabase(serverUrl, database);
    await runMigrations(own.databaseUrl);
    // startTamga configures every service from the environment: pointed here for this file only.
    process.env.DATABASE_URL = own.databaseUrl;
    process.env.TAMGA_EVENT_TOPIC = `tamga.test.${process.env.TAMGA_TEST_RUN}.${name}.lot-events`;
    process.env.TAMGA_PROJECTOR_GROUP = `tamga-test-${process.env.TAMGA_TEST_RUN}-${name}-projector`;
    process.env.TAMGA_RELAY_NAME = `tamga-test-${process.env.TAMGA_TEST_RUN}-${name}-relay`;
    own.tamga = await startTamga();
    own.pool = createPool(own.databaseUrl, 3);
  }, 90_000);
  afterAll(async () => {
    await own.tamga?.stop();
    await own.pool?.end();
    for (const setting of SETTINGS) {
      if (saved[setting] === undefined) delete process.env[setting];
      else process.env[setting] = saved[setting];
    }
    await dropDatabase(serverUrl, database);
  }, 30_000);
  return own;
}

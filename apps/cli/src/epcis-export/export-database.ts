import { join } from 'node:path';
import { EMBEDDED_POSTGRES_PORT, dataDir, ensureDatabase, provideEmbeddedPostgres } from '#tamga/local-infra';
import { loadConfig } from '#tamga/platform';

/** The Postgres an export reads, and how to let go of it. */
export interface ExportDatabase {
  readonly databaseUrl: string;
  release(): Promise<void>;
}

/**
 * DATABASE_URL when set (read through loadConfig, as every service does); otherwise the embedded
 * Postgres `npm start` uses, reused when it runs, else started for the export and stopped after.
 * Kafka is not needed: the event store in Postgres holds every recorded event.
 */
export async function provideExportDatabase(env: NodeJS.ProcessEnv = process.env): Promise<ExportDatabase> {
  if (env.DATABASE_URL) return { databaseUrl: loadConfig(env).databaseUrl, release: async () => undefined };
  const postgres = await provideEmbeddedPostgres(join(dataDir(), 'postgres'), EMBEDDED_POSTGRES_PORT);
  return { databaseUrl: await ensureDatabase(postgres.serverUrl, 'tamga'), release: () => postgres.stop() };
}

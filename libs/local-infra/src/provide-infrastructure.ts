import { join } from 'node:path';
import { provideBundledKafka } from './bundled-kafka';
import { ensureDatabase, provideEmbeddedPostgres } from './embedded-postgres';
import { dataDir } from './repo-root';

/** The Kafka and Postgres a command runs against, and how to release what it started. */
export interface Infrastructure {
  readonly databaseUrl: string;
  readonly kafkaBrokers: string;
  /** Human-readable lines saying where each came from. */
  readonly description: readonly string[];
  release(): Promise<void>;
}

/** The port of the embedded Postgres; it stays off the default 5432 so it never meets a system server. */
export const EMBEDDED_POSTGRES_PORT = Number(process.env.TAMGA_PG_PORT ?? 54329);
/** The port of the bundled Kafka broker. */
export const BUNDLED_KAFKA_PORT = Number(process.env.KAFKA_PORT ?? 9092);

/**
 * DATABASE_URL and KAFKA_BROKERS when set; otherwise the embedded Postgres and the bundled
 * broker, reused when already running (another `npm start`), started and later stopped when not.
 */
export async function provideInfrastructure(databaseName = 'tamga'): Promise<Infrastructure> {
  const description: string[] = [];
  const releases: (() => Promise<void>)[] = [];
  let databaseUrl = process.env.DATABASE_URL;
  if (databaseUrl) {
    description.push(`Postgres: DATABASE_URL (${redact(databaseUrl)})`);
  } else {
    const postgres = await provideEmbeddedPostgres(join(dataDir(), 'postgres'), EMBEDDED_POSTGRES_PORT);
    releases.push(() => postgres.stop());
    databaseUrl = await ensureDatabase(postgres.serverUrl, databaseName);
    description.push(
      `Postgres: embedded, ${postgres.startedHere ? 'started' : 'already running'} on 127.0.0.1:${EMBEDDED_POSTGRES_PORT} (data in ${join(dataDir(), 'postgres')})`,
    );
  }
  let kafkaBrokers = process.env.KAFKA_BROKERS;
  if (kafkaBrokers) {
    description.push(`Kafka: KAFKA_BROKERS (${kafkaBrokers})`);
  } else {
    const kafka = await provideBundledKafka(join(dataDir(), 'kafka'), BUNDLED_KAFKA_PORT);
    releases.push(() => kafka.stop());
    kafkaBrokers = kafka.brokers;
    description.push(`Kafka: bundled broker, ${kafka.startedHere ? 'started' : 'already running'} on ${kafka.brokers}`);
  }
  return {
    databaseUrl,
    kafkaBrokers,
    description,
    release: async () => {
      for (const release of releases.reverse()) await release().catch((e) => console.error(String(e)));
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}

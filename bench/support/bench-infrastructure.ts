import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Pool } from 'pg';
import { dropDatabase, ensureDatabase, serverUrlOf } from '#tamga/local-infra';
import { BENCH_DATABASE } from './settings';

/** Drops and recreates a benchmark's own database (tamga_bench, or tamga_bench_<name> for a bench that may run beside it), so every run starts empty. */
export async function recreateBenchDatabase(databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  if (name !== BENCH_DATABASE && !/^tamga_bench_[a-z]+$/.test(name)) throw new Error(`Refusing to recreate ${name}: only ${BENCH_DATABASE} and tamga_bench_<name> are the benchmarks' own`);
  await dropDatabase(serverUrlOf(databaseUrl), name);
  await ensureDatabase(serverUrlOf(databaseUrl), name);
}

/** The pid of the Postgres server when it runs on this machine and we may read its data directory. */
export async function postmasterPid(pool: Pool): Promise<number | null> {
  try {
    const { rows } = await pool.query<{ data_directory: string }>('SHOW data_directory');
    return Number(readFileSync(join(rows[0].data_directory, 'postmaster.pid'), 'utf8').split('\n')[0]) || null;
  } catch {
    return null;
  }
}

import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { ServiceProcess } from '../../apps/cli/src/start/service-process';
import { ProcessGroups, coresUsed, cpuSnapshot } from '../support/cpu';
import { describeCores } from '../support/describe-cores';
import { fmt, sleep } from '../support/stats';

/** What the relay's catch-up measured. */
export interface RelayMeasured {
  /** Events waiting when the relay started (every one becomes a leaf). */
  readonly backlog: number;
  readonly seconds: number;
  readonly leavesPerSecond: number;
  /** Checkpoints the relay signed meanwhile (every TAMGA_CHECKPOINT_EVERY leaves). */
  readonly checkpoints: number;
  /** CPU the relay process spent per leaf, in microseconds (publishing to Kafka included). */
  readonly relayCpuUsPerLeaf: number;
  readonly cores: Record<string, number>;
}

/** The log's size now: its highest leaf index + 1 (the primary key answers it). */
export async function logSize(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT coalesce(max(leaf_index) + 1, 0)::text AS n FROM integrity.log_leaves');
  return Number(rows[0].n);
}

/**
 * Starts the relay (its own process, as `npm start` runs it) over a backlog of committed events and
 * times it from its first leaf to the backlog's last: each event read in commit order, given its
 * leaf index and subtree hashes in the transaction that saves the relay's position, published to
 * Kafka with its tamga-leaf-index header, and a checkpoint signed every 1,000 leaves. Returns the
 * running relay (the caller stops it at the end) with what was measured.
 */
export async function relayCatchUp(pool: Pool, env: NodeJS.ProcessEnv, groups: ProcessGroups): Promise<{ relay: ServiceProcess; measured: RelayMeasured }> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM event_store.events');
  const backlog = Number(rows[0].n);
  const checkpointsBefore = await checkpointCount(pool);
  const relay = new ServiceProcess('relay', env, (_, code) => console.error(`  the relay exited unexpectedly (code ${code})`));
  const deadline = Date.now() + 15 * 60_000;
  while ((await logSize(pool)) === 0) {
    if (Date.now() > deadline) throw new Error('the relay stored no leaf in 15 minutes');
    await sleep(20);
  }
  const cpu0 = cpuSnapshot(groups);
  const first = await logSize(pool);
  const started = performance.now();
  let size = first;
  while (size < backlog) {
    if (Date.now() > deadline) throw new Error(`the relay stored ${size} of ${backlog} leaves in 15 minutes`);
    await sleep(50);
    size = await logSize(pool);
  }
  const seconds = (performance.now() - started) / 1000;
  const cores = coresUsed(cpu0, cpuSnapshot(groups));
  const leaves = size - first;
  const measured: RelayMeasured = {
    backlog,
    seconds,
    leavesPerSecond: leaves / seconds,
    checkpoints: (await checkpointCount(pool)) - checkpointsBefore,
    relayCpuUsPerLeaf: ((cores.relay ?? 0) * seconds * 1e6) / leaves,
    cores,
  };
  console.log(`  relay: ${fmt(leaves)} leaves in ${seconds.toFixed(1)} s, ${fmt(measured.leavesPerSecond)}/s, ${measured.checkpoints} checkpoints; relay ${measured.relayCpuUsPerLeaf.toFixed(0)} µs CPU a leaf`);
  console.log(`    cores used: ${describeCores(cores)}`);
  return { relay, measured };
}

/** How many checkpoints the log has. */
export async function checkpointCount(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ n: string }>('SELECT count(*)::text AS n FROM integrity.checkpoints');
  return Number(rows[0].n);
}

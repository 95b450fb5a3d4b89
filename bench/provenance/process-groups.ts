import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { ProcessGroups, tamgaProcessGroups } from '../support/cpu';

/**
 * The processes a provenance phase accounts for: this process (the load generator), the two
 * servers, the Postgres backends serving the benchmark's own database (their process title names
 * it) apart from the rest of the server (other databases: someone else's tests on a shared
 * machine), and Kafka. Order matters: a process counts in the first group that claims it.
 */
export function provenanceGroups(postmasterPid: number | null, provenancePid: number, helloPid: number, database: string): ProcessGroups {
  const base = tamgaProcessGroups(postmasterPid);
  return {
    client: base.node,
    provenance: (pid) => pid === provenancePid,
    hello: (pid) => pid === helloPid,
    postgres_bench: (pid) => base.postgres(pid) && pid !== postmasterPid && title(pid).includes(` ${database} `),
    postgres_other: base.postgres,
    kafka: base.kafka,
  };
}

/** Cores the machine spent on processes outside the benchmark's own (client, servers, its database's backends). */
export function foreignCores(cores: Record<string, number>): number {
  const busy = cores.machine_busy_fraction * cpus().length;
  const ours = ['client', 'provenance', 'hello', 'postgres_bench'].reduce((sum, g) => sum + (cores[g] ?? 0), 0);
  return Math.max(0, busy - ours);
}

function title(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

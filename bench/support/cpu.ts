import { readFileSync, readdirSync } from 'node:fs';

/** CPU seconds used so far by each group of processes (user + system, and system alone), and by the whole machine. */
export interface CpuSnapshot {
  readonly at: number;
  readonly machineBusy: number;
  readonly machineTotal: number;
  readonly groups: Record<string, number>;
  readonly system: Record<string, number>;
}

/** Which processes make up each group, found once (Linux /proc; empty elsewhere). */
export interface ProcessGroups {
  readonly [group: string]: (pid: number) => boolean;
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

function procStat(pid: number | 'self'): { ppid: number; cpu: number; system: number; comm: string } | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const close = text.lastIndexOf(')');
    const comm = text.slice(text.indexOf('(') + 1, close);
    const fields = text.slice(close + 2).split(' ');
    // fields[0] is state (field 3); utime and stime are fields 14 and 15, cutime/cstime 16, 17.
    // The children's times count too: a Postgres backend that exits during a phase (a pool closing
    // an idle connection) takes its CPU time out of the sum over live processes, and it reappears
    // only in its parent's cutime/cstime once reaped (never counted twice: live or reaped).
    const user = Number(fields[11]) + Number(fields[13]);
    const system = Number(fields[12]) + Number(fields[14]);
    return { ppid: Number(fields[1]), cpu: (user + system) / TICKS_PER_SECOND, system: system / TICKS_PER_SECOND, comm };
  } catch {
    return null;
  }
}

function pids(): number[] {
  try {
    return readdirSync('/proc').filter((d) => /^\d+$/.test(d)).map(Number);
  } catch {
    return [];
  }
}

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

/**
 * The groups the bench reports: this process (the load generator, and the four services when
 * they run in it), the service processes it started (when they run as processes), the Postgres
 * server whose postmaster is `postmasterPid` (with every child), and the Kafka broker (a java
 * process running kafka.Kafka) when it runs on this machine.
 */
export function tamgaProcessGroups(postmasterPid: number | null): ProcessGroups {
  const all = pids();
  const kafka = new Set(all.filter((pid) => /java .*kafka\.Kafka\b/.test(cmdline(pid))));
  return {
    node: (pid) => pid === process.pid,
    // The services, when they run as child processes: one group each.
    ...Object.fromEntries(
      ['capture', 'relay', 'projector', 'provenance'].map((name) => [
        name,
        (pid: number) => procStat(pid)?.ppid === process.pid && cmdline(pid).includes(`/apps/${name}/src/main.js`),
      ]),
    ),
    postgres: (pid) => postmasterPid !== null && (pid === postmasterPid || procStat(pid)?.ppid === postmasterPid),
    kafka: (pid) => kafka.has(pid),
  };
}

/** Reads the CPU time used so far by each group and by the machine. */
export function cpuSnapshot(groups: ProcessGroups): CpuSnapshot {
  const totals: Record<string, number> = Object.fromEntries(Object.keys(groups).map((g) => [g, 0]));
  const system: Record<string, number> = Object.fromEntries(Object.keys(groups).map((g) => [g, 0]));
  for (const pid of pids()) {
    for (const [group, member] of Object.entries(groups)) {
      if (!member(pid)) continue;
      const stat = procStat(pid);
      totals[group] += stat?.cpu ?? 0;
      system[group] += stat?.system ?? 0;
      break;
    }
  }
  let machineBusy = 0;
  let machineTotal = 0;
  try {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal
    machineTotal = cpu.slice(0, 8).reduce((a, b) => a + b, 0) / TICKS_PER_SECOND;
    machineBusy = machineTotal - (cpu[3] + cpu[4]) / TICKS_PER_SECOND;
  } catch {
    // not Linux: machine figures stay 0
  }
  return { at: Date.now(), machineBusy, machineTotal, groups: totals, system };
}

/**
 * Cores used on average by each group between two snapshots (1.0 = one core busy), and by its
 * kernel side alone (`<group>_system`). Groups that used nothing are left out.
 */
export function coresUsed(from: CpuSnapshot, to: CpuSnapshot): Record<string, number> {
  const seconds = (to.at - from.at) / 1000;
  const used: Record<string, number> = {};
  for (const group of Object.keys(to.groups)) {
    const total = (to.groups[group] - (from.groups[group] ?? 0)) / seconds;
    if (total <= 0) continue;
    used[group] = total;
    used[`${group}_system`] = (to.system[group] - (from.system[group] ?? 0)) / seconds;
  }
  const machineSeconds = to.machineTotal - from.machineTotal;
  used.machine_busy_fraction = machineSeconds > 0 ? (to.machineBusy - from.machineBusy) / machineSeconds : Number.NaN;
  return used;
}

/** One line of how many cores each process group used, for the console. */
export function describeCores(cores: Record<string, number>): string {
  const parts = Object.entries(cores)
    .filter(([k]) => k !== 'machine_busy_fraction' && !k.endsWith('_system'))
    .map(([k, v]) => `${k} ${v.toFixed(2)} (sys ${(cores[`${k}_system`] ?? 0).toFixed(2)})`);
  const busy = cores.machine_busy_fraction;
  return `${parts.join(', ')}; machine ${Number.isFinite(busy) ? `${Math.round(busy * 100)}% busy` : 'n/a'}`;
}

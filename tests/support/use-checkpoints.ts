/**
 * For a test file that needs the relay to sign log checkpoints (the run's default makes none, so
 * that tests counting events are not surprised by one): sets the policy for the Tamga the file
 * starts, and restores the run's setting after. Call it before useOwnTamga / useRunningTamga.
 */
export function useCheckpoints(policy: { readonly every: number; readonly intervalMs: number }): void {
  const saved = { every: process.env.TAMGA_CHECKPOINT_EVERY, interval: process.env.TAMGA_CHECKPOINT_INTERVAL_MS };
  beforeAll(() => {
    process.env.TAMGA_CHECKPOINT_EVERY = String(policy.every);
    process.env.TAMGA_CHECKPOINT_INTERVAL_MS = String(policy.intervalMs);
  });
  afterAll(() => {
    restore('TAMGA_CHECKPOINT_EVERY', saved.every);
    restore('TAMGA_CHECKPOINT_INTERVAL_MS', saved.interval);
  });
}

function restore(name: string, value: string | undefined): void {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
}

/** Drops the run's database and stops what the setup started (a broker or server it reused is left running). */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis as { tamgaTestRelease?: () => Promise<void> };
  const release = state.tamgaTestRelease;
  state.tamgaTestRelease = undefined;
  await release?.();
}

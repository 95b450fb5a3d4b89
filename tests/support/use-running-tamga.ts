import type { Pool } from 'pg';
import { createPool, loadConfig } from '#tamga/platform';
import { RunningTamga, startTamga } from './running-tamga';

/**
 * For an e2e test file: starts Tamga before its tests and stops it after them, with a pool on
 * the run's database for checking what was (not) written. Read the fields inside tests.
 */
export function useRunningTamga(): { readonly tamga: RunningTamga; readonly pool: Pool } {
  const running = {} as { tamga: RunningTamga; pool: Pool };
  beforeAll(async () => {
    running.tamga = await startTamga();
    running.pool = createPool(loadConfig().databaseUrl, 5);
  }, 90_000);
  afterAll(async () => {
    await running.tamga?.stop();
    await running.pool?.end();
  });
  return running;
}

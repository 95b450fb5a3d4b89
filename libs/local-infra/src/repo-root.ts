import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of Tamga's package.json, found from wherever the code runs (sources or dist/). */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === 'tamga') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`Not inside the Tamga repository: ${from}`);
    dir = parent;
  }
}

/** Where local state lives (git-ignored): the embedded Postgres cluster, the bundled broker's logs. */
export function dataDir(): string {
  return process.env.TAMGA_DATA_DIR ?? join(repoRoot(), '.tamga');
}

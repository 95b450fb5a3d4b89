import { ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { waitForHealthy } from '../../apps/cli/src/start/service-process';

/** A server the benchmark runs in a process of its own, and stops at the end. */
export interface ChildService {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

/**
 * Starts `entry` (a compiled script) in its own Node process, on a free port given through
 * `portVariable`, and waits until `healthPath` answers 200. With `profileDir`, the process runs
 * under --cpu-prof and writes its profile there when it stops (SIGTERM: Nest's shutdown hooks exit
 * cleanly, so the profile is written). Its output is printed with its name in front.
 */
export async function startChildService(options: {
  readonly name: string;
  readonly entry: string;
  readonly portVariable: string;
  readonly env: NodeJS.ProcessEnv;
  readonly healthPath: string;
  readonly profileDir?: string;
}): Promise<ChildService> {
  const port = await freePort();
  const flags = ['--disable-warning=TimeoutNegativeWarning', ...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [])];
  const child: ChildProcess = spawn(process.execPath, [...flags, options.entry], {
    env: { ...options.env, [options.portVariable]: String(port), TAMGA_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const stream of [child.stdout!, child.stderr!]) createInterface({ input: stream }).on('line', (line) => console.log(`  [${options.name}] ${line}`));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealthy(`${url}${options.healthPath}`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { name: options.name, url, pid: child.pid!, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

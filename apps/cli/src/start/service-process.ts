import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The services `tamga start` runs, each its own process. */
export const SERVICES = ['capture', 'relay', 'projector', 'provenance'] as const;
/** A Tamga service. */
export type ServiceName = (typeof SERVICES)[number];

/** A running service process, its output prefixed with its name. */
export class ServiceProcess {
  private readonly child: ChildProcess;
  private readonly exited: Promise<number | null>;
  private stopping = false;

  constructor(
    readonly name: ServiceName,
    env: NodeJS.ProcessEnv,
    onUnexpectedExit: (name: ServiceName, code: number | null) => void,
  ) {
    // dist/apps/cli/src/start -> dist/apps/<service>/src/main.js. kafkajs 2.2.4 trips Node 24's
    // TimeoutNegativeWarning on every connection (tulios/kafkajs#1751, harmless, unfixed): silenced.
    const entry = join(__dirname, '..', '..', '..', name, 'src', 'main.js');
    this.child = spawn(process.execPath, ['--enable-source-maps', '--disable-warning=TimeoutNegativeWarning', entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on('line', (line) => console.log(`[${name.padEnd(10)}] ${line}`));
    }
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code) => {
        if (!this.stopping) onUnexpectedExit(name, code);
        resolve(code);
      }),
    );
  }

  /** Asks the service to shut down (SIGTERM), and kills it if it has not after ten seconds. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
  }
}

/** Waits until an HTTP endpoint answers 200, or fails after the timeout. */
export async function waitForHealthy(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

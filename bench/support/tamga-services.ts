import { createServer } from 'node:net';
import { SERVICES, ServiceProcess, waitForHealthy } from '../../apps/cli/src/start/service-process';
import { RunningTamga, startTamga } from '../../tests/support/running-tamga';
import { BenchRun } from './bench-run';

// In this process, the services start as the e2e tests start them: tests/support/running-tamga.ts.
export type { RunningTamga as RunningServices } from '../../tests/support/running-tamga';

/**
 * Starts capture, relay, projector and provenance for a run (in this process, or one process each)
 * and stops them at its end.
 */
export async function startServices(bench: BenchRun, mode: 'in-process' | 'processes'): Promise<RunningTamga> {
  console.log(`\nStarting capture, relay, projector and provenance ${mode === 'processes' ? 'as four processes' : 'in this process'}...`);
  const tamga = mode === 'processes' ? await startTamgaProcesses() : await startTamga();
  bench.onCleanUp(() => tamga.stop());
  return tamga;
}

/**
 * Starts the four services as `npm start` does: one child process each (ServiceProcess from
 * apps/cli), on free ports, with this process's environment. Stops them all with SIGTERM.
 */
export async function startTamgaProcesses(): Promise<RunningTamga> {
  const host = '127.0.0.1';
  const [capturePort, provenancePort] = [await freePort(), await freePort()];
  const env = { ...process.env, TAMGA_HOST: host, CAPTURE_PORT: String(capturePort), PROVENANCE_PORT: String(provenancePort) };
  const services = SERVICES.map(
    (name) => new ServiceProcess(name, env, (which, code) => console.error(`  the ${which} service exited unexpectedly (code ${code})`)),
  );
  const stop = async () => {
    await Promise.all(services.map((s) => s.stop()));
  };
  const captureUrl = `http://${host}:${capturePort}`;
  const provenanceUrl = `http://${host}:${provenancePort}`;
  try {
    await waitForHealthy(`${captureUrl}/health`, 60_000);
    await waitForHealthy(`${provenanceUrl}/health`, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { captureUrl, provenanceUrl, stop };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

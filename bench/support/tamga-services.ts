import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createServer } from 'node:net';
import { SERVICES, ServiceProcess, waitForHealthy } from '../../apps/cli/src/start/service-process';
import { createCaptureApp } from '../../apps/capture/src/capture.app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { createProvenanceApp } from '../../apps/provenance/src/provenance.app';
import { RelayModule } from '../../apps/relay/src/relay.module';

/** The four services, running in this process or as child processes. */
export interface RunningServices {
  readonly captureUrl: string;
  readonly provenanceUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts capture, provenance, relay and projector in this process on free ports, configured
 * from the environment (DATABASE_URL, KAFKA_BROKERS, TAMGA_EVENT_TOPIC, ...), which the caller
 * sets first. Stops them in reverse order.
 */
export async function startTamgaInProcess(): Promise<RunningServices> {
  const contexts: (INestApplicationContext | NestFastifyApplication)[] = [];
  const stop = async () => {
    for (const context of contexts.reverse()) await context.close();
    contexts.length = 0;
  };
  try {
    const capture = await createCaptureApp();
    contexts.push(capture);
    const provenance = await createProvenanceApp();
    contexts.push(provenance);
    await capture.listen({ port: 0, host: '127.0.0.1' });
    await provenance.listen({ port: 0, host: '127.0.0.1' });
    contexts.push(await NestFactory.createApplicationContext(RelayModule, { logger: ['error', 'warn'] }));
    contexts.push(await NestFactory.createApplicationContext(ProjectorModule, { logger: ['error', 'warn'] }));
    return { captureUrl: await capture.getUrl(), provenanceUrl: await provenance.getUrl(), stop };
  } catch (error) {
    await stop().catch(() => undefined);
    throw error;
  }
}

/**
 * Starts the four services as `npm start` does: one child process each (ServiceProcess from
 * apps/cli), on free ports, with this process's environment. Stops them all with SIGTERM.
 */
export async function startTamgaProcesses(): Promise<RunningServices> {
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

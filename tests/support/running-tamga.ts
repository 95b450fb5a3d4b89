import 'reflect-metadata';
import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createCaptureApp } from '../../apps/capture/src/capture.app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { createProvenanceApp } from '../../apps/provenance/src/provenance.app';
import { RelayModule } from '../../apps/relay/src/relay.module';

/** The four services and where the two HTTP ones listen. */
export interface RunningTamga {
  readonly captureUrl: string;
  readonly provenanceUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts capture, provenance, relay and projector as `npm start` would, but in this process on
 * free ports, configured from the environment (DATABASE_URL, KAFKA_BROKERS, TAMGA_EVENT_TOPIC...),
 * which the caller sets first. Stops them in reverse order; a failed start stops what it started.
 * Used by the e2e tests and the benchmark.
 */
export async function startTamga(): Promise<RunningTamga> {
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

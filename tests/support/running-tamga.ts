import { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createCaptureApp } from '../../apps/capture/src/capture.app';
import { ProjectorModule } from '../../apps/projector/src/projector.module';
import { createProvenanceApp } from '../../apps/provenance/src/provenance.app';
import { RelayModule } from '../../apps/relay/src/relay.module';

/** The four services, in this process, on the run's Kafka topic and database. */
export interface RunningTamga {
  readonly captureUrl: string;
  readonly provenanceUrl: string;
  stop(): Promise<void>;
}

/** Starts capture, relay, projector and provenance as `npm start` would, but in-process on free ports. */
export async function startTamga(): Promise<RunningTamga> {
  const capture = await createCaptureApp();
  const provenance = await createProvenanceApp();
  await capture.listen({ port: 0, host: '127.0.0.1' });
  await provenance.listen({ port: 0, host: '127.0.0.1' });
  const relay = await NestFactory.createApplicationContext(RelayModule, { logger: ['error', 'warn'] });
  const projector = await NestFactory.createApplicationContext(ProjectorModule, { logger: ['error', 'warn'] });
  const contexts: (INestApplicationContext | NestFastifyApplication)[] = [capture, provenance, relay, projector];
  return {
    captureUrl: await capture.getUrl(),
    provenanceUrl: await provenance.getUrl(),
    stop: async () => {
      for (const context of contexts.reverse()) await context.close();
    },
  };
}

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, loadConfig } from '#tamga/platform';
import { ProvenanceModule } from './provenance.module';

/** Builds the provenance API (not yet listening), so tests can start it in-process. */
export function createProvenanceApp(): Promise<NestFastifyApplication> {
  return createHttpApp(ProvenanceModule, {
    title: 'Tamga provenance API',
    description: 'Where an OVOP product comes from, from the recorded events.',
    bodyLimitBytes: loadConfig().bodyLimitBytes,
  });
}

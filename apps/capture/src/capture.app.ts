import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createHttpApp, loadConfig } from '#tamga/platform';
import { CaptureModule } from './capture.module';

/** Builds the capture API (not yet listening), so tests can start it in-process. */
export function createCaptureApp(): Promise<NestFastifyApplication> {
  return createHttpApp(CaptureModule, {
    title: 'Tamga capture API',
    description: 'Records the facts of an OVOP product journey as immutable events.',
    bodyLimitBytes: loadConfig().bodyLimitBytes,
  });
}

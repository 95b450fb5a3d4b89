import 'reflect-metadata';
import { loadConfig } from '#tamga/platform';
import { createCaptureApp } from './capture.app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createCaptureApp();
  await app.listen({ port: config.capturePort, host: config.host });
  console.log(`capture API listening on http://${config.host}:${config.capturePort}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

import 'reflect-metadata';
import { loadConfig } from '#tamga/platform';
import { createProvenanceApp } from './provenance.app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createProvenanceApp();
  await app.listen({ port: config.provenancePort, host: config.host });
  console.log(`provenance API listening on http://${config.host}:${config.provenancePort}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

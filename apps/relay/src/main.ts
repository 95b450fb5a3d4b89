import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { RelayModule } from './relay.module';

async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(RelayModule, { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

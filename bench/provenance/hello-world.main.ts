import 'reflect-metadata';
import { Controller, Get, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';

/** The baseline's only route: what NestJS on Fastify costs per request before any work is done. */
@Controller()
class HelloController {
  @Get('hello')
  hello(): string {
    return 'hello world';
  }
}

@Module({ controllers: [HelloController] })
class HelloModule {}

/**
 * The bare hello-world the provenance benchmark measures beside the consumer page: the same
 * framework, adapter, Node and logger settings as Tamga's services (libs/platform's
 * createHttpApp), none of their work. Listens on HELLO_PORT; run by bench/provenance/services.ts.
 */
async function main(): Promise<void> {
  const app = await NestFactory.create<NestFastifyApplication>(HelloModule, new FastifyAdapter(), { logger: ['error', 'warn'] });
  app.enableShutdownHooks();
  await app.listen({ port: Number(process.env.HELLO_PORT), host: '127.0.0.1' });
  console.log(`hello world listening on http://127.0.0.1:${process.env.HELLO_PORT}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

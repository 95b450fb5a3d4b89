import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import type { Server } from 'node:http';
import { GetScansController } from '../count-scans/get-scans.controller';
import { ScanCounter } from '../count-scans/scan-counter';
import { answerBrokenEscapesAsTheResolverDoes } from './broken-escape.listener';
import { serveCachedCodesFirst } from './cached-answer.hook';
import { DigitalLinkController } from './digital-link.controller';
import { DigitalLinkResolver } from './digital-link-resolver';
import { DigitalLinkResponder } from './digital-link-responder';

/** What consumers see: GS1 Digital Link resolution to the consumer page, and the scan counts it keeps (the pg pool is global). */
@Module({
  controllers: [DigitalLinkController, GetScansController],
  providers: [DigitalLinkResolver, DigitalLinkResponder, ScanCounter],
})
export class ResolveDigitalLinkModule implements OnModuleInit {
  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly responder: DigitalLinkResponder,
  ) {}

  onModuleInit(): void {
    const adapter = this.adapterHost.httpAdapter;
    serveCachedCodesFirst(adapter.getInstance<FastifyInstance>(), this.responder);
    answerBrokenEscapesAsTheResolverDoes(adapter.getHttpServer() as Server);
  }
}

import { Module, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { GetScansController } from '../count-scans/get-scans.controller';
import { ScanCounter } from '../count-scans/scan-counter';
import { DigitalLinkController } from './digital-link.controller';
import { DigitalLinkResolver } from './digital-link-resolver';
import { answerBrokenEscapesAsTheResolverDoes } from './broken-escape.listener';

/** What consumers see: GS1 Digital Link resolution to the consumer page, and the scan counts it keeps (the pg pool is global). */
@Module({
  controllers: [DigitalLinkController, GetScansController],
  providers: [DigitalLinkResolver, ScanCounter],
})
export class ResolveDigitalLinkModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onModuleInit(): void {
    answerBrokenEscapesAsTheResolverDoes(this.adapterHost.httpAdapter.getHttpServer() as Server);
  }
}

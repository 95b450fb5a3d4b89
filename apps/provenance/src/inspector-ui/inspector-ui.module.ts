import { Module } from '@nestjs/common';
import { Pool } from 'pg';
import { ApiKeyVerifier } from '#tamga/auth';
import { PostgresEventStore } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';
import { InspectDeskController } from '../inspect-desk/inspect-desk.controller';
import { InspectFacilityController } from '../inspect-facility/inspect-facility.controller';
import { InspectLotController } from '../inspect-lot/inspect-lot.controller';
import { InspectSignInController } from '../inspect-sign-in/inspect-sign-in.controller';
import { InspectSpreadsheetsController } from '../inspect-spreadsheets/inspect-spreadsheets.controller';
import { InspectTraceBackController } from '../inspect-trace-back/inspect-trace-back.controller';
import { InspectTraceForwardController } from '../inspect-trace-forward/inspect-trace-forward.controller';
import { InspectorBrowser } from './inspector-browser';

/**
 * The inspector's web UI under /inspect: server-rendered pages over the same query handlers as
 * the inspector's API (the CQRS bus is global), behind a browser session (docs/adr/0015). Its own
 * module, so the provenance module gains one import.
 */
@Module({
  controllers: [
    InspectSignInController,
    InspectDeskController,
    InspectLotController,
    InspectTraceBackController,
    InspectTraceForwardController,
    InspectFacilityController,
    InspectSpreadsheetsController,
  ],
  providers: [
    { provide: PostgresEventStore, inject: [PG_POOL], useFactory: (pool: Pool) => new PostgresEventStore(pool) },
    ApiKeyVerifier,
    InspectorBrowser,
  ],
})
export class InspectorUiModule {}

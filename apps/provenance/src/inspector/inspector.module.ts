import { Module } from '@nestjs/common';
import { Pool } from 'pg';
import { ApiKeyVerifier } from '#tamga/auth';
import { PostgresEventStore } from '#tamga/event-store';
import { PG_POOL } from '#tamga/platform';
import { ExportEventsCsvController } from '../export-events-csv/export-events-csv.controller';
import { ExportEventsCsvHandler } from '../export-events-csv/export-events-csv.handler';
import { ExportLotTraceCsvController } from '../export-lot-trace-csv/export-lot-trace-csv.controller';
import { ExportLotTraceCsvHandler } from '../export-lot-trace-csv/export-lot-trace-csv.handler';
import { GetFacilityBalanceController } from '../get-facility-balance/get-facility-balance.controller';
import { GetFacilityBalanceHandler } from '../get-facility-balance/get-facility-balance.handler';
import { GetLotAuditController } from '../get-lot-audit/get-lot-audit.controller';
import { GetLotAuditHandler } from '../get-lot-audit/get-lot-audit.handler';
import { GetLotBalanceController } from '../get-lot-balance/get-lot-balance.controller';
import { GetLotBalanceHandler } from '../get-lot-balance/get-lot-balance.handler';
import { ListOpenFlagsController } from '../list-open-flags/list-open-flags.controller';
import { ListOpenFlagsHandler } from '../list-open-flags/list-open-flags.handler';
import { TraceLotBackController } from '../trace-lot-back/trace-lot-back.controller';
import { TraceLotBackHandler } from '../trace-lot-back/trace-lot-back.handler';
import { TraceLotForwardController } from '../trace-lot-forward/trace-lot-forward.controller';
import { TraceLotForwardHandler } from '../trace-lot-forward/trace-lot-forward.handler';

/**
 * The inspector's reads: audit, traces, balances, open flags and spreadsheets, each behind an
 * inspector's key. Keys are verified as the capture API does (libs/auth), against the log's key
 * streams and `access.api_key_hashes`, so a key revoked there stops working here within the
 * verifier's cache time (ADR 0008). Its own module, so the provenance module gains one import.
 */
@Module({
  controllers: [
    GetLotAuditController,
    TraceLotBackController,
    TraceLotForwardController,
    GetLotBalanceController,
    GetFacilityBalanceController,
    ListOpenFlagsController,
    ExportLotTraceCsvController,
    ExportEventsCsvController,
  ],
  providers: [
    { provide: PostgresEventStore, inject: [PG_POOL], useFactory: (pool: Pool) => new PostgresEventStore(pool) },
    ApiKeyVerifier,
    GetLotAuditHandler,
    TraceLotBackHandler,
    TraceLotForwardHandler,
    GetLotBalanceHandler,
    GetFacilityBalanceHandler,
    ListOpenFlagsHandler,
    ExportLotTraceCsvHandler,
    ExportEventsCsvHandler,
  ],
})
export class InspectorModule {}

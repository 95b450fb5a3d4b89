import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DatabaseModule, HealthController } from '#tamga/platform';
import { RecordHarvestBatchController } from './record-harvest-batch/record-harvest-batch.controller';
import { RecordHarvestBatchHandler } from './record-harvest-batch/record-harvest-batch.handler';
import { RecordHarvestController } from './record-harvest/record-harvest.controller';
import { RecordHarvestHandler } from './record-harvest/record-harvest.handler';
import { EVENT_STORE_PROVIDER } from './shared/event-store.provider';

/** The write side: validate, decide, append. */
@Module({
  imports: [CqrsModule.forRoot(), DatabaseModule],
  controllers: [HealthController, RecordHarvestController, RecordHarvestBatchController],
  providers: [EVENT_STORE_PROVIDER, RecordHarvestHandler, RecordHarvestBatchHandler],
})
export class CaptureModule {}

import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DatabaseModule, HealthController } from '#tamga/platform';
import { LotFactsModule } from './lot-facts.module';
import { ApiKeysModule } from './auth/api-keys.module';
import { MasterDataModule } from './register-master-data/master-data.module';
import { SigningKeysModule } from './signing-keys.module';

/** The write side: validate, decide, append. */
@Module({
  imports: [CqrsModule.forRoot(), DatabaseModule, ApiKeysModule, MasterDataModule, LotFactsModule, SigningKeysModule],
  controllers: [HealthController],
})
export class CaptureModule {}

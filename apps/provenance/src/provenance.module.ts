import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DatabaseModule, HealthController } from '#tamga/platform';
import { GetLotController } from './get-lot/get-lot.controller';
import { GetLotHandler } from './get-lot/get-lot.handler';
import { ExportDossiersModule } from './export-dossiers/export-dossiers.module';
import { InspectorModule } from './inspector/inspector.module';
import { InspectorUiModule } from './inspector-ui/inspector-ui.module';
import { MasterDataReadsModule } from './master-data-reads/master-data-reads.module';
import { MerkleLogReadsModule } from './merkle-log-reads/merkle-log-reads.module';
import { QrCodesModule } from './qr-codes/qr-codes.module';
import { ResolveDigitalLinkModule } from './resolve-digital-link/resolve-digital-link.module';

/** The read side: provenance answers from the read models. */
@Module({
  imports: [CqrsModule.forRoot(), DatabaseModule, MasterDataReadsModule, QrCodesModule, ResolveDigitalLinkModule, InspectorModule, ExportDossiersModule, InspectorUiModule, MerkleLogReadsModule],
  controllers: [HealthController, GetLotController],
  providers: [GetLotHandler],
})
export class ProvenanceModule {}

import { Module } from '@nestjs/common';
import { RecordLotFactBatchHandler } from './shared/lot-fact/record-lot-fact-batch.handler';
import { RecordLotFactHandler } from './shared/lot-fact/record-lot-fact.handler';
import { EVENT_STORE_PROVIDER } from './shared/event-store.provider';
import { RecordHarvestController } from './record-harvest/record-harvest.controller';
import { RecordHarvestBatchController } from './record-harvest-batch/record-harvest-batch.controller';
import { RecordTransformationController } from './record-transformation/record-transformation.controller';
import { RecordSplitController } from './record-split/record-split.controller';
import { RecordMergeController } from './record-merge/record-merge.controller';
import { RecordPackingController } from './record-packing/record-packing.controller';
import { RecordShipmentController } from './record-shipment/record-shipment.controller';
import { RecordReceiptController } from './record-receipt/record-receipt.controller';
import { RecordInspectionController } from './record-inspection/record-inspection.controller';
import { RecordCertificationController } from './record-certification/record-certification.controller';
import { RevokeCertificateController } from './revoke-certificate/revoke-certificate.controller';
import { ExpireCertificateController } from './expire-certificate/expire-certificate.controller';
import { PlaceHoldController } from './place-hold/place-hold.controller';
import { ReleaseHoldController } from './release-hold/release-hold.controller';
import { RecordRecallController } from './record-recall/record-recall.controller';
import { RecordRetailSaleController } from './record-retail-sale/record-retail-sale.controller';
import { RecordExportController } from './record-export/record-export.controller';
import { CorrectEventController } from './correct-event/correct-event.controller';
import { RetractEventController } from './retract-event/retract-event.controller';
import { RecordOfflineBatchController } from './record-offline-batch/record-offline-batch.controller';

/** Every fact of a lot's journey, from harvest to export, and the offline batch that carries them. */
@Module({
  controllers: [
    RecordHarvestController,
    RecordHarvestBatchController,
    RecordTransformationController,
    RecordSplitController,
    RecordMergeController,
    RecordPackingController,
    RecordShipmentController,
    RecordReceiptController,
    RecordInspectionController,
    RecordCertificationController,
    RevokeCertificateController,
    ExpireCertificateController,
    PlaceHoldController,
    ReleaseHoldController,
    RecordRecallController,
    RecordRetailSaleController,
    RecordExportController,
    CorrectEventController,
    RetractEventController,
    RecordOfflineBatchController,
  ],
  providers: [EVENT_STORE_PROVIDER, RecordLotFactHandler, RecordLotFactBatchHandler],
})
export class LotFactsModule {}

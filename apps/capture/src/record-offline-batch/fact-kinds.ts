import { CorrectEventRequestDto } from '../correct-event/correct-event.request.dto';
import { CORRECT_EVENT } from '../correct-event/correct-event.use-case';
import { ExpireCertificateRequestDto } from '../expire-certificate/expire-certificate.request.dto';
import { EXPIRE_CERTIFICATE } from '../expire-certificate/expire-certificate.use-case';
import { PlaceHoldRequestDto } from '../place-hold/place-hold.request.dto';
import { PLACE_HOLD } from '../place-hold/place-hold.use-case';
import { RecordCertificationRequestDto } from '../record-certification/record-certification.request.dto';
import { RECORD_CERTIFICATION } from '../record-certification/record-certification.use-case';
import { RecordExportRequestDto } from '../record-export/record-export.request.dto';
import { RECORD_EXPORT } from '../record-export/record-export.use-case';
import { RecordHarvestRequestDto } from '../record-harvest/record-harvest.request.dto';
import { RECORD_HARVEST } from '../record-harvest/record-harvest.use-case';
import { RecordInspectionRequestDto } from '../record-inspection/record-inspection.request.dto';
import { RECORD_INSPECTION } from '../record-inspection/record-inspection.use-case';
import { RecordMergeRequestDto } from '../record-merge/record-merge.request.dto';
import { RECORD_MERGE } from '../record-merge/record-merge.use-case';
import { RecordPackingRequestDto } from '../record-packing/record-packing.request.dto';
import { RECORD_PACKING } from '../record-packing/record-packing.use-case';
import { RecordReceiptRequestDto } from '../record-receipt/record-receipt.request.dto';
import { RECORD_RECEIPT } from '../record-receipt/record-receipt.use-case';
import { RecordRecallRequestDto } from '../record-recall/record-recall.request.dto';
import { RECORD_RECALL } from '../record-recall/record-recall.use-case';
import { RecordRetailSaleRequestDto } from '../record-retail-sale/record-retail-sale.request.dto';
import { RECORD_RETAIL_SALE } from '../record-retail-sale/record-retail-sale.use-case';
import { RecordShipmentRequestDto } from '../record-shipment/record-shipment.request.dto';
import { RECORD_SHIPMENT } from '../record-shipment/record-shipment.use-case';
import { RecordSplitRequestDto } from '../record-split/record-split.request.dto';
import { RECORD_SPLIT } from '../record-split/record-split.use-case';
import { RecordTransformationRequestDto } from '../record-transformation/record-transformation.request.dto';
import { RECORD_TRANSFORMATION } from '../record-transformation/record-transformation.use-case';
import { ReleaseHoldRequestDto } from '../release-hold/release-hold.request.dto';
import { RELEASE_HOLD } from '../release-hold/release-hold.use-case';
import { RetractEventRequestDto } from '../retract-event/retract-event.request.dto';
import { RETRACT_EVENT } from '../retract-event/retract-event.use-case';
import { RevokeCertificateRequestDto } from '../revoke-certificate/revoke-certificate.request.dto';
import { REVOKE_CERTIFICATE } from '../revoke-certificate/revoke-certificate.use-case';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/**
 * A kind of fact an offline batch may carry: the same body as its own endpoint (validated by the
 * same DTO), plus the ids that endpoint takes from its path, and the id generated when absent.
 */
export interface FactKind {
  readonly useCase: LotFactUseCase<never>;
  readonly body: new () => object;
  readonly pathIds: readonly string[];
  readonly generatedId?: readonly [field: string, prefix: string];
  /** Fields the endpoint fills from the caller when absent (a harvest's producer is the key's party). */
  readonly actorDefaults?: readonly string[];
}

export const FACT_KINDS: Readonly<Record<string, FactKind>> = {
  harvest: { useCase: RECORD_HARVEST, body: RecordHarvestRequestDto, pathIds: [], generatedId: ['lotId', 'L'], actorDefaults: ['producerId'] },
  transformation: { useCase: RECORD_TRANSFORMATION, body: RecordTransformationRequestDto, pathIds: [], generatedId: ['transformationId', 'transformation'] },
  split: { useCase: RECORD_SPLIT, body: RecordSplitRequestDto, pathIds: [], generatedId: ['transformationId', 'split'] },
  merge: { useCase: RECORD_MERGE, body: RecordMergeRequestDto, pathIds: [], generatedId: ['transformationId', 'merge'] },
  packing: { useCase: RECORD_PACKING, body: RecordPackingRequestDto, pathIds: ['lotId'], generatedId: ['packingId', 'packing'] },
  shipment: { useCase: RECORD_SHIPMENT, body: RecordShipmentRequestDto, pathIds: [], generatedId: ['shipmentId', 'shipment'] },
  receipt: { useCase: RECORD_RECEIPT, body: RecordReceiptRequestDto, pathIds: ['shipmentId'] },
  inspection: { useCase: RECORD_INSPECTION, body: RecordInspectionRequestDto, pathIds: ['lotId'], generatedId: ['inspectionId', 'inspection'] },
  certification: { useCase: RECORD_CERTIFICATION, body: RecordCertificationRequestDto, pathIds: ['lotId'], generatedId: ['certificateId', 'certificate'] },
  'certificate-revocation': { useCase: REVOKE_CERTIFICATE, body: RevokeCertificateRequestDto, pathIds: ['lotId', 'certificateId'] },
  'certificate-expiry': { useCase: EXPIRE_CERTIFICATE, body: ExpireCertificateRequestDto, pathIds: ['lotId', 'certificateId'] },
  hold: { useCase: PLACE_HOLD, body: PlaceHoldRequestDto, pathIds: ['lotId'], generatedId: ['holdId', 'hold'] },
  release: { useCase: RELEASE_HOLD, body: ReleaseHoldRequestDto, pathIds: ['lotId', 'holdId'] },
  recall: { useCase: RECORD_RECALL, body: RecordRecallRequestDto, pathIds: ['lotId'], generatedId: ['recallId', 'recall'] },
  sale: { useCase: RECORD_RETAIL_SALE, body: RecordRetailSaleRequestDto, pathIds: ['lotId'], generatedId: ['saleId', 'sale'] },
  export: { useCase: RECORD_EXPORT, body: RecordExportRequestDto, pathIds: [], generatedId: ['shipmentId', 'export'] },
  correction: { useCase: CORRECT_EVENT, body: CorrectEventRequestDto, pathIds: ['lotId'] },
  retraction: { useCase: RETRACT_EVENT, body: RetractEventRequestDto, pathIds: ['lotId'] },
};

export const FACT_KIND_NAMES = Object.keys(FACT_KINDS);

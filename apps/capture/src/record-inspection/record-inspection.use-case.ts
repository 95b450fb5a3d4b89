import { RecordInspection, decideRecordInspection } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A lab test or inspection, by a lab or inspector, of any lot, anywhere. */
export const RECORD_INSPECTION: LotFactUseCase<RecordInspection> = {
  name: 'record-inspection',
  lotIds: (c) => [c.lotId],
  needs: (c) => ({ placeIds: c.placeId ? [c.placeId] : [] }),
  decide: decideRecordInspection,
};

import { RecordCertification, decideRecordCertification } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A scheme's issuer certifies a lot for a period. */
export const RECORD_CERTIFICATION: LotFactUseCase<RecordCertification> = {
  name: 'record-certification',
  lotIds: (c) => [c.lotId],
  needs: (c) => ({ schemeIds: [c.schemeId] }),
  decide: decideRecordCertification,
};

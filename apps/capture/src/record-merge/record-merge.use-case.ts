import { RecordMerge, decideRecordMerge } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** Lots of one product pooled into one new lot. */
export const RECORD_MERGE: LotFactUseCase<RecordMerge> = {
  name: 'record-merge',
  lotIds: (c) => [...c.inputs.map((i) => i.lotId), c.outputLotId],
  needs: (c) => ({ placeIds: [c.placeId] }),
  decide: decideRecordMerge,
};

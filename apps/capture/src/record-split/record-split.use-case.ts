import { RecordSplit, decideRecordSplit } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** One lot into new lots of the same product, quantities adding up exactly. */
export const RECORD_SPLIT: LotFactUseCase<RecordSplit> = {
  name: 'record-split',
  lotIds: (c) => [c.lotId, ...c.outputs.map((o) => o.lotId)],
  needs: (c) => ({ placeIds: [c.placeId] }),
  decide: decideRecordSplit,
};

import { RecordRecall, decideRecordRecall } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A lot, or some of its units, recalled. */
export const RECORD_RECALL: LotFactUseCase<RecordRecall> = {
  name: 'record-recall',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideRecordRecall,
};

import { RecordPacking, decideRecordPacking } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** Part of a lot packed into serialised units. */
export const RECORD_PACKING: LotFactUseCase<RecordPacking> = {
  name: 'record-packing',
  lotIds: (c) => [c.lotId],
  needs: (c) => ({ placeIds: [c.placeId] }),
  decide: decideRecordPacking,
};

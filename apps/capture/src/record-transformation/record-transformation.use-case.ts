import { RecordTransformation, decideRecordTransformation } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** n input lots into m new lots by a process, within the output products' yield bounds. */
export const RECORD_TRANSFORMATION: LotFactUseCase<RecordTransformation> = {
  name: 'record-transformation',
  lotIds: (c) => [...c.inputs.map((i) => i.lotId), ...c.outputs.map((o) => o.lotId)],
  needs: (c) => ({ placeIds: [c.placeId], productIds: c.outputs.map((o) => o.productId) }),
  decide: decideRecordTransformation,
};

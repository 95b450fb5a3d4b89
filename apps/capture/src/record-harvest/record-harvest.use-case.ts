import { RecordHarvest, decideRecordHarvest } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A village harvest becomes a new lot; an unregistered origin is flagged with it. */
export const RECORD_HARVEST: LotFactUseCase<RecordHarvest> = {
  name: 'record-harvest',
  lotIds: (c) => [c.lotId],
  needs: (c) => ({
    productIds: [c.productId],
    placeIds: [c.villageId, ...(c.placeId ? [c.placeId] : [])],
    partyIds: [c.producerId],
    villageIds: [c.villageId],
  }),
  decide: decideRecordHarvest,
};

import { RecordRetailSale, decideRecordRetailSale } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A shop sells some of a lot it holds. */
export const RECORD_RETAIL_SALE: LotFactUseCase<RecordRetailSale> = {
  name: 'record-retail-sale',
  lotIds: (c) => [c.lotId],
  needs: (c) => ({ placeIds: [c.shopPlaceId] }),
  decide: decideRecordRetailSale,
};

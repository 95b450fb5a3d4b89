import { RecordReceipt, decideRecordReceipt } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** The addressee takes custody of what arrived of an open shipment. */
export const RECORD_RECEIPT: LotFactUseCase<RecordReceipt> = {
  name: 'record-receipt',
  lotIds: (c) => c.lots.map((l) => l.lotId),
  needs: () => ({}),
  decide: decideRecordReceipt,
};

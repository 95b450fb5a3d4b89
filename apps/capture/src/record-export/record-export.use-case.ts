import { RecordExport, decideRecordExport } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** Lots leave Kyrgyzstan for a buyer abroad. */
export const RECORD_EXPORT: LotFactUseCase<RecordExport> = {
  name: 'record-export',
  lotIds: (c) => c.lots.map((l) => l.lotId),
  needs: (c) => ({ placeIds: [c.fromPlaceId] }),
  decide: decideRecordExport,
};

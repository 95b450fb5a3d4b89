import { RecordShipment, decideRecordShipment } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** Lots leave their custodian for another party; in transit until received. */
export const RECORD_SHIPMENT: LotFactUseCase<RecordShipment> = {
  name: 'record-shipment',
  lotIds: (c) => c.lots.map((l) => l.lotId),
  needs: (c) => ({ placeIds: [c.fromPlaceId, c.to.placeId], partyIds: [c.to.partyId] }),
  decide: decideRecordShipment,
};

import { RetractEvent, decideRetractEvent } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** An earlier event that should never have been recorded. */
export const RETRACT_EVENT: LotFactUseCase<RetractEvent> = {
  name: 'retract-event',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideRetractEvent,
};

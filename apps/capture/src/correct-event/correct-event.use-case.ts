import { CorrectEvent, decideCorrectEvent } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** The right quantity for an earlier single-lot event. */
export const CORRECT_EVENT: LotFactUseCase<CorrectEvent> = {
  name: 'correct-event',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideCorrectEvent,
};

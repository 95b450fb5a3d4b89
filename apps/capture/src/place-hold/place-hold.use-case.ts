import { PlaceHold, decidePlaceHold } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A lot may not be used until released. */
export const PLACE_HOLD: LotFactUseCase<PlaceHold> = {
  name: 'place-hold',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decidePlaceHold,
};

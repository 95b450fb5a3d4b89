import { ReleaseHold, decideReleaseHold } from '#tamga/domain';
import { LotFactUseCase } from '../shared/lot-fact/lot-fact-use-case';

/** A hold lifted. */
export const RELEASE_HOLD: LotFactUseCase<ReleaseHold> = {
  name: 'release-hold',
  lotIds: (c) => [c.lotId],
  needs: () => ({}),
  decide: decideReleaseHold,
};

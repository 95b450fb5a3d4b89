import { DomainError } from '../../shared/domain-error';
import { LotReleased } from '../events/lot-hold.event';
import { assertLotExists, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { ReleaseHold } from './release-hold.command';

/** Decides a release: of an open hold, by an inspector, an admin, or the party that placed it. */
export function decideReleaseHold(command: ReleaseHold, context: LotDecisionContext): LotEventFor[] {
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const hold = lot.openHolds.get(command.holdId);
  if (!hold) {
    throw new DomainError('HOLD.NOT_OPEN', 'conflict', `Lot ${lot.lotId} has no open hold ${command.holdId}`, [
      { field: 'holdId', rule: 'open-hold', message: 'must name an open hold of this lot', openHolds: [...lot.openHolds.keys()] },
    ]);
  }
  const actor = context.actor;
  if (hold.heldBy !== actor.partyId && !actor.kinds.some((k) => k === 'inspector' || k === 'admin')) {
    throw new DomainError('ACCESS.CANNOT_RELEASE', 'forbidden', `${actor.partyId} may not release hold ${command.holdId}`, [
      { field: 'holdId', rule: 'holder-inspector-or-admin', message: 'the party that placed the hold, an inspector or an admin releases it', heldBy: hold.heldBy },
    ]);
  }
  const event: LotReleased = {
    type: 'lot.released',
    schemaVersion: 1,
    data: { holdId: command.holdId, lotId: lot.lotId, reason: text(command.reason, 'reason'), releasedAt: factTime(command.releasedAt, 'releasedAt', context.now, [lot]) },
  };
  return [{ lotId: lot.lotId, event }];
}

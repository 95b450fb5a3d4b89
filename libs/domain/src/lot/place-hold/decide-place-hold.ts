import { DomainError } from '../../shared/domain-error';
import { LotHeld } from '../events/lot-hold.event';
import { heldBy } from '../lot-state';
import { assertLotExists, factId, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { PlaceHold } from './place-hold.command';

/**
 * Decides a hold: an inspector, a lab, an admin or a custodian of the lot may stop its use (a
 * producer who suspects a problem should not have to wait for an inspector). A used-up lot has
 * nothing left to hold; a recall of its downstream lots is the tool then.
 */
export function decidePlaceHold(command: PlaceHold, context: LotDecisionContext): LotEventFor[] {
  const holdId = factId(command.holdId, 'holdId');
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const actor = context.actor;
  if (!actor.kinds.some((k) => k === 'inspector' || k === 'lab' || k === 'admin') && heldBy(lot, actor.partyId) <= 0) {
    throw new DomainError('ACCESS.CANNOT_HOLD', 'forbidden', `${actor.partyId} may not hold lot ${lot.lotId}`, [
      { field: 'lotId', rule: 'inspector-lab-admin-or-custodian', message: 'an inspector, a lab, an admin or a custodian of the lot places a hold' },
    ]);
  }
  if (lot.status === 'used-up') {
    throw new DomainError('LIFECYCLE.USED_UP', 'conflict', `Lot ${lot.lotId} is used up: nothing is left to hold`, [
      { field: 'lotId', rule: 'not-used-up', message: 'nothing happens to a lot after it is used up; recall its downstream lots instead' },
    ]);
  }
  if (lot.openHolds.has(holdId)) {
    throw new DomainError('HOLD.ALREADY_OPEN', 'conflict', `Hold ${holdId} is already open on lot ${lot.lotId}`, [
      { field: 'holdId', rule: 'new-hold', message: 'this hold is already open', holdId },
    ]);
  }
  const event: LotHeld = {
    type: 'lot.held',
    schemaVersion: 1,
    data: { holdId, lotId: lot.lotId, reason: text(command.reason, 'reason'), heldAt: factTime(command.heldAt, 'heldAt', context.now, [lot]) },
  };
  return [{ lotId: lot.lotId, event }];
}

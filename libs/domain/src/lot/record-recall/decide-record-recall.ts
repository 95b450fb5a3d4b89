import { DomainError } from '../../shared/domain-error';
import { LotRecalled } from '../events/lot-hold.event';
import { assertLotExists, factId, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { RecordRecall } from './record-recall.command';

/**
 * Decides a recall: by an inspector, an admin, or the party that created the lot. A used-up lot
 * can be recalled (its goods live on in what was made from it); a lot is recalled once. Listed
 * units must be units packed from this lot.
 */
export function decideRecordRecall(command: RecordRecall, context: LotDecisionContext): LotEventFor[] {
  const recallId = factId(command.recallId, 'recallId');
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const actor = context.actor;
  if (lot.creatorId !== actor.partyId && !actor.kinds.some((k) => k === 'inspector' || k === 'admin')) {
    throw new DomainError('ACCESS.CANNOT_RECALL', 'forbidden', `${actor.partyId} may not recall lot ${lot.lotId}`, [
      { field: 'lotId', rule: 'creator-inspector-or-admin', message: "the lot's creator, an inspector or an admin recalls it" },
    ]);
  }
  if (lot.recallId) {
    throw new DomainError('LIFECYCLE.RECALLED', 'conflict', `Lot ${lot.lotId} is already recalled`, [
      { field: 'lotId', rule: 'not-recalled', message: 'the whole lot is recalled already', recallId: lot.recallId },
    ]);
  }
  if (command.scope !== 'whole-lot' && command.scope !== 'listed-units') {
    throw new DomainError('RECALL.INVALID_SCOPE', 'invalid', 'scope must be whole-lot or listed-units', [{ field: 'scope', rule: 'known-value', message: 'must be whole-lot or listed-units' }]);
  }
  const serials = command.scope === 'listed-units' ? (command.serials ?? []) : [];
  if (command.scope === 'listed-units' && (serials.length === 0 || serials.some((s) => !lot.serialsEverPacked.has(s)))) {
    throw new DomainError('RECALL.UNKNOWN_UNITS', 'invalid', 'A recall of listed units must list units packed from this lot', [
      { field: 'serials', rule: 'packed-serials', message: 'must list at least one serial packed from this lot', unknown: serials.filter((s) => !lot.serialsEverPacked.has(s)) },
    ]);
  }
  const again = serials.filter((s) => lot.recalledSerials.has(s));
  if (again.length > 0) {
    throw new DomainError('RECALL.UNITS_ALREADY_RECALLED', 'conflict', `Units ${again.join(', ')} of lot ${lot.lotId} are recalled already`, [
      { field: 'serials', rule: 'not-recalled', message: 'a unit is recalled once', serials: again },
    ]);
  }
  const event: LotRecalled = {
    type: 'lot.recalled',
    schemaVersion: 1,
    data: {
      recallId,
      lotId: lot.lotId,
      reason: text(command.reason, 'reason'),
      scope: command.scope,
      ...(command.scope === 'listed-units' ? { serials: [...serials] } : {}),
      recalledAt: factTime(command.recalledAt, 'recalledAt', context.now, [lot]),
    },
  };
  return [{ lotId: lot.lotId, event }];
}

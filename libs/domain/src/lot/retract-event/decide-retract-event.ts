import { LotRetracted } from '../events/lot-amendment.event';
import { amendableEvent, assertMayAmend, assertStillBalances } from '../rules/amendment';
import { assertLotExists, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, historyIn, lotIn } from '../rules/lot-decision';
import { RetractEvent } from './retract-event.command';

/**
 * Single-lot events that can be taken back. Facts that created or moved goods between parties or
 * lots (harvests, transformations, shipments, receipts, exports) are corrected, not retracted:
 * other records already build on them.
 */
export const RETRACTABLE_TYPES = [
  'lot.inspected',
  'lot.certified',
  'lot.certificate-revoked',
  'lot.certificate-expired',
  'lot.held',
  'lot.released',
  'lot.recalled',
  'lot.sold',
  'lot.packed',
  'lot.corrected',
  'lot.flagged',
] as const;

/** Flags and recalls are inspectors' business: an inspector may retract them (a flag reviewed and dismissed). */
const INSPECTOR_RETRACTS: readonly string[] = ['lot.flagged', 'lot.recalled'];

/**
 * A flag is recorded with the fact it questions, under that fact's recorder; letting the recorder
 * retract it would let the flagged party hide it from inspectors, which the origin rule forbids.
 */
const NOT_BY_RECORDER: readonly string[] = ['lot.flagged'];

/**
 * Decides a retraction: the recorder of an earlier event (or an admin; an inspector for flags and
 * recalls) takes it back with a reason. The lot reads as if it had not happened, if it still adds up.
 */
export function decideRetractEvent(command: RetractEvent, context: LotDecisionContext): LotEventFor[] {
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const target = amendableEvent(lot, command.retractsEventId, 'retractsEventId', RETRACTABLE_TYPES, 'retracted');
  assertMayAmend(context.actor, target, INSPECTOR_RETRACTS.includes(target.type), !NOT_BY_RECORDER.includes(target.type));
  const event: LotRetracted = {
    type: 'lot.retracted',
    schemaVersion: 1,
    data: {
      lotId: lot.lotId,
      retractsEventId: command.retractsEventId,
      reason: text(command.reason, 'reason'),
      retractedAt: factTime(command.retractedAt, 'retractedAt', context.now, [lot]),
    },
  };
  assertStillBalances(lot.lotId, historyIn(context, lot.lotId), { eventId: 'pending', version: 0, actorId: context.actor.partyId, event }, 'retractsEventId');
  return [{ lotId: lot.lotId, event }];
}

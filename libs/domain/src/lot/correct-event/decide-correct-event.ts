import { LotCorrected } from '../events/lot-amendment.event';
import { amendableEvent, assertMayAmend, assertReceiptWithinShipment, assertStillBalances } from '../rules/amendment';
import { assertLotExists, factTime, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, historyIn, lotIn } from '../rules/lot-decision';
import { quantityInUnit } from '../rules/milli';
import { CorrectEvent } from './correct-event.command';

/** The events whose quantity concerns this lot alone, so correcting them touches no other lot. */
export const CORRECTABLE_TYPES = ['lot.harvested', 'lot.received', 'lot.sold', 'lot.exported'] as const;

/**
 * Decides a correction: the recorder of an earlier single-lot event (or an admin) states its right
 * quantity, with a reason. Nothing is edited; the lot reads the corrected quantity from now on,
 * and only if the lot still adds up with it.
 */
export function decideCorrectEvent(command: CorrectEvent, context: LotDecisionContext): LotEventFor[] {
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const target = amendableEvent(lot, command.correctsEventId, 'correctsEventId', CORRECTABLE_TYPES, 'corrected');
  assertMayAmend(context.actor, target, false);
  const event: LotCorrected = {
    type: 'lot.corrected',
    schemaVersion: 1,
    data: {
      lotId: lot.lotId,
      correctsEventId: command.correctsEventId,
      reason: text(command.reason, 'reason'),
      changes: { quantity: quantityInUnit(command.quantity, lot.unit, 'quantity') },
      correctedAt: factTime(command.correctedAt, 'correctedAt', context.now, [lot]),
    },
  };
  const history = historyIn(context, lot.lotId);
  assertReceiptWithinShipment(history, command.correctsEventId, event.data.changes.quantity, 'quantity');
  assertStillBalances(lot.lotId, history, { eventId: 'pending', version: 0, actorId: context.actor.partyId, event }, 'quantity');
  return [{ lotId: lot.lotId, event }];
}

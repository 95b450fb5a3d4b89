import { DomainError } from '../../shared/domain-error';
import { Party } from '../../master-data/party/party';
import { LotEvent, RecordedLotEvent } from '../lot-event';
import { ExistingLot, KnownEvent, foldLot, onHandMilli } from '../lot-state';
import { Quantity } from '../../shared/quantity';
import { LotShipped } from '../events/lot-custody.event';
import { fromMilli, milliIn } from './milli';

/** The event an amendment points at: recorded on this lot and not retracted (404 / 409). */
export function amendableEvent(lot: ExistingLot, eventId: string, field: string, types: readonly LotEvent['type'][], action: string): KnownEvent {
  const target = lot.events.get(eventId);
  if (!target) {
    throw new DomainError('AMENDMENT.UNKNOWN_EVENT', 'not-found', `Lot ${lot.lotId} has no event ${eventId}`, [
      { field, rule: 'event-of-lot', message: 'must name an event recorded on this lot', eventId },
    ]);
  }
  if (target.retracted) {
    throw new DomainError('AMENDMENT.RETRACTED', 'conflict', `Event ${eventId} is already retracted`, [
      { field, rule: 'not-retracted', message: 'a retracted event cannot be amended again', eventId },
    ]);
  }
  if (!types.includes(target.type)) {
    throw new DomainError('AMENDMENT.NOT_AMENDABLE', 'invalid', `A ${target.type} event cannot be ${action}`, [
      { field, rule: `${action}-type`, message: `only ${types.join(', ')} can be ${action}`, type: target.type },
    ]);
  }
  return target;
}

/**
 * Refuses an amendment by anyone but the event's recorder, or an admin (or, where allowed, an
 * inspector). Where the recorder is not allowed (a flag raised about its own fact), only an
 * inspector or an admin may amend.
 */
export function assertMayAmend(actor: Party, target: KnownEvent, allowInspector: boolean, allowRecorder = true): void {
  const allowed =
    (allowRecorder && target.actorId === actor.partyId) || actor.kinds.includes('admin') || (allowInspector && actor.kinds.includes('inspector'));
  if (!allowed && !allowRecorder) {
    throw new DomainError('ACCESS.NOT_RECORDER', 'forbidden', `Only an inspector or an admin may amend a ${target.type} event`, [
      { rule: 'inspector-or-admin', message: 'a flag is raised for inspectors; the party whose fact it concerns may not dismiss it', recordedBy: target.actorId },
    ]);
  }
  if (!allowed) {
    throw new DomainError('ACCESS.NOT_RECORDER', 'forbidden', `${actor.partyId} did not record this event`, [
      { rule: 'recorder-or-admin', message: 'an event is amended by the party that recorded it, or an admin', recordedBy: target.actorId },
    ]);
  }
}

/**
 * Refuses an amendment after which the lot would not add up: folding its history with the
 * amendment must leave no custodian holding less than nothing (409 naming the custodian, at `field`).
 */
export function assertStillBalances(lotId: string, history: readonly RecordedLotEvent[], amendment: RecordedLotEvent, field: string): void {
  const after = foldLot(lotId, [...history, amendment]);
  if (after.status === 'absent') return;
  const negative = after.holdings.find((h) => h.milli < 0);
  if (negative) {
    throw new DomainError('MASS_BALANCE.AMENDMENT_UNBALANCED', 'conflict', `After this amendment ${negative.partyId} would hold less than nothing of lot ${lotId}`, [
      {
        field,
        rule: 'mass-balance',
        message: 'the lot has already given out more than the amended record leaves; amend the later events first',
        partyId: negative.partyId,
        wouldHold: fromMilli(negative.milli, after.unit),
        onHandAfter: fromMilli(onHandMilli(after), after.unit),
      },
    ]);
  }
}

/**
 * Refuses correcting a receipt to more than its shipment carried (409), as the receipt itself would
 * have been refused: a correction must not create goods. Other events are left to assertStillBalances.
 */
export function assertReceiptWithinShipment(history: readonly RecordedLotEvent[], eventId: string, quantity: Quantity, field: string): void {
  const at = history.findIndex((r) => r.eventId === eventId);
  const receipt = history[at]?.event;
  if (receipt?.type !== 'lot.received') return;
  // The shipment a receipt closes is the latest one under its id before it.
  const shipped = history
    .slice(0, at)
    .map((r) => r.event)
    .filter((e): e is LotShipped => e.type === 'lot.shipped' && e.data.shipmentId === receipt.data.shipmentId)
    .at(-1);
  if (shipped && milliIn(quantity, quantity.unit, field) > milliIn(shipped.data.quantity, quantity.unit, field)) {
    throw new DomainError('MASS_BALANCE.MORE_THAN_SHIPPED', 'conflict', `More of lot ${receipt.data.lotId} would have arrived than was shipped`, [
      { field, rule: 'mass-balance', message: 'cannot receive more than was shipped', received: quantity, shipped: shipped.data.quantity },
    ]);
  }
}

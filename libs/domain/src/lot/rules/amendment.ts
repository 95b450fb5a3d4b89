import { DomainError } from '../../shared/domain-error';
import { Party } from '../../master-data/party/party';
import { LotEvent, RecordedLotEvent } from '../lot-event';
import { ExistingLot, KnownEvent, foldLot, onHandMilli } from '../lot-state';
import { fromMilli } from './milli';

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

/** Refuses an amendment by anyone but the event's recorder, or an admin (or, where allowed, an inspector). */
export function assertMayAmend(actor: Party, target: KnownEvent, allowInspector: boolean): void {
  const allowed = target.actorId === actor.partyId || actor.kinds.includes('admin') || (allowInspector && actor.kinds.includes('inspector'));
  if (!allowed) {
    throw new DomainError('ACCESS.NOT_RECORDER', 'forbidden', `${actor.partyId} did not record this event`, [
      { rule: 'recorder-or-admin', message: 'an event is amended by the party that recorded it, or an admin', recordedBy: target.actorId },
    ]);
  }
}

/**
 * Refuses an amendment after which the lot would not add up: folding its history with the
 * amendment must leave no custodian holding less than nothing (409 naming the custodian).
 */
export function assertStillBalances(lotId: string, history: readonly RecordedLotEvent[], amendment: RecordedLotEvent): void {
  const after = foldLot(lotId, [...history, amendment]);
  if (after.status === 'absent') return;
  const negative = after.holdings.find((h) => h.milli < 0);
  if (negative) {
    throw new DomainError('MASS_BALANCE.AMENDMENT_UNBALANCED', 'conflict', `After this amendment ${negative.partyId} would hold less than nothing of lot ${lotId}`, [
      {
        rule: 'mass-balance',
        message: 'the lot has already given out more than the amended record leaves; amend the later events first',
        partyId: negative.partyId,
        wouldHold: fromMilli(negative.milli, after.unit),
        onHandAfter: fromMilli(onHandMilli(after), after.unit),
      },
    ]);
  }
}

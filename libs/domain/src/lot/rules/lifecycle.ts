import { DomainError } from '../../shared/domain-error';
import { assertPlausibleFactTime, parseInstant } from '../../shared/recorded-time';
import { Party } from '../../master-data/party/party';
import { ExistingLot, LotState, heldBy } from '../lot-state';
import { Quantity } from '../../shared/quantity';
import { Milli, fromMilli, milliIn, quantityInUnit } from './milli';

/** Refuses a fact about a lot that was never recorded (404). */
export function assertLotExists(state: LotState, lotId: string, field: string): ExistingLot {
  if (state.status === 'absent') {
    throw new DomainError('LOT.NOT_FOUND', 'not-found', `Lot ${lotId} is not recorded`, [
      { field, rule: 'recorded-lot', message: 'must name a lot that has been recorded', lotId },
    ]);
  }
  return state;
}

/** Refuses a new lot id that is taken (409). */
export function assertLotIsNew(state: LotState, lotId: string, field: string): void {
  if (state.status !== 'absent') {
    throw new DomainError('LOT.ALREADY_EXISTS', 'conflict', `Lot ${lotId} already exists`, [
      { field, rule: 'new-lot', message: 'a new lot needs a lot id that is not taken', lotId },
    ]);
  }
}

/**
 * Refuses to use a lot that is held, recalled or used up (409). Using is anything that moves or
 * changes the goods: processing, packing, shipping, selling, exporting, certifying.
 */
export function assertUsable(lot: ExistingLot, field: string, action: string): void {
  if (lot.status === 'used-up') {
    throw new DomainError('LIFECYCLE.USED_UP', 'conflict', `Lot ${lot.lotId} is used up: nothing is left to ${action}`, [
      { field, rule: 'not-used-up', message: 'nothing happens to a lot after it is used up', lotId: lot.lotId },
    ]);
  }
  if (lot.recallId) {
    throw new DomainError('LIFECYCLE.RECALLED', 'conflict', `Lot ${lot.lotId} is recalled and cannot be used to ${action}`, [
      { field, rule: 'not-recalled', message: 'a recalled lot cannot be used', lotId: lot.lotId, recallId: lot.recallId },
    ]);
  }
  if (lot.openHolds.size > 0) {
    throw new DomainError('LIFECYCLE.HELD', 'conflict', `Lot ${lot.lotId} is on hold and cannot be used to ${action}`, [
      { field, rule: 'not-held', message: 'a held lot cannot be used until it is released', lotId: lot.lotId, holdIds: [...lot.openHolds.keys()] },
    ]);
  }
}

/**
 * Reads a fact's time and refuses one later than now plus the clock skew, or earlier than the
 * lots it concerns (422): nothing happens to a lot before it exists.
 */
export function factTime(text: string, field: string, now: Date, lots: readonly ExistingLot[] = []): string {
  const at = parseInstant(text, field);
  assertPlausibleFactTime(at, now, field);
  const iso = at.toISOString();
  const older = lots.find((lot) => iso < lot.createdAt);
  if (older) {
    throw new DomainError('TIME.BEFORE_LOT_EXISTS', 'invalid', `${field} is before lot ${older.lotId} existed`, [
      { field, rule: 'not-before-lot', message: 'no event is dated before the lot exists', value: iso, lotCreatedAt: older.createdAt, lotId: older.lotId },
    ]);
  }
  return iso;
}

/**
 * Refuses to give out more than a custodian holds. Not holding any of the lot is a 403 (only the
 * current custodian may give it out); holding too little is a 409 naming both amounts.
 */
export function assertHolds(lot: ExistingLot, actor: Party, milli: Milli, field: string, action: string): void {
  const held = heldBy(lot, actor.partyId);
  if (held <= 0) {
    throw new DomainError('CUSTODY.NOT_CUSTODIAN', 'forbidden', `${actor.partyId} does not hold lot ${lot.lotId}`, [
      {
        field,
        rule: 'custodian',
        message: `only a current custodian may ${action} a lot`,
        lotId: lot.lotId,
        custodians: lot.holdings.map((h) => h.partyId),
      },
    ]);
  }
  if (milli > held) {
    throw new DomainError('MASS_BALANCE.EXCEEDS_ON_HAND', 'conflict', `Lot ${lot.lotId} holds ${held / 1000} ${lot.unit}, not ${milli / 1000}`, [
      {
        field,
        rule: 'mass-balance',
        message: `cannot ${action} more than is held`,
        lotId: lot.lotId,
        requested: fromMilli(milli, lot.unit),
        onHand: fromMilli(held, lot.unit),
      },
    ]);
  }
}

/** Refuses an id that is blank or absurd; ids of shipments, holds, certificates are chosen by clients. */
export function factId(value: string, field: string): string {
  if (typeof value !== 'string' || !/^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/.test(value)) {
    throw new DomainError('FACT.INVALID_ID', 'invalid', `Invalid ${field} "${String(value)}"`, [
      { field, rule: 'fact-id', message: 'must be 1 to 64 letters, digits, ".", "_", ":" or "-"', value },
    ]);
  }
  return value;
}

/** Refuses a blank or over-long free text (a reason, a carrier). */
export function text(value: string, field: string, maxLength = 500): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new DomainError('FACT.TEXT_REQUIRED', 'invalid', `${field} must not be blank`, [{ field, rule: 'required', message: 'must not be blank' }]);
  }
  if ([...value.trim()].length > maxLength) {
    throw new DomainError('FACT.TEXT_TOO_LONG', 'invalid', `${field} is too long`, [
      { field, rule: 'max-length', message: `must be at most ${maxLength} characters` },
    ]);
  }
  return value.trim();
}

/**
 * The checks of giving out a quantity of the i-th lot of a list (a shipment, an export): the lot
 * is usable and the actor holds at least the quantity, read in the lot's unit.
 */
export function quantityGivenOut(lot: ExistingLot, actor: Party, raw: { amount: number; unit: string }, i: number, action: string): Quantity {
  const field = `lots[${i}].quantity`;
  assertUsable(lot, `lots[${i}].lotId`, action);
  const quantity = quantityInUnit(raw, lot.unit, field);
  assertHolds(lot, actor, milliIn(quantity, lot.unit, field), field, action);
  return quantity;
}

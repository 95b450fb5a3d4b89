import { DomainError } from '../../shared/domain-error';
import { FACILITY_KINDS } from '../../master-data/place/place-kind';
import { LotPacked } from '../events/lot-packed.event';
import { onHandMilli } from '../lot-state';
import { assertOperatedPlace, assertRole } from '../rules/access';
import { assertHolds, assertLotExists, assertUsable, factId, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { fromMilli, milliIn, quantityInUnit } from '../rules/milli';
import { RecordPacking } from './record-packing.command';

/** A GS1 AI (21) serial kept to the URL-safe characters, so it needs no escaping in a Digital Link. */
const SERIAL = /^[A-Za-z0-9][A-Za-z0-9._-]{0,19}$/;

/** The most units one packing run records: a long day on a filling line. */
export const MAX_UNITS_PER_PACKING = 10_000;

function refuse(field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('PACKING.INVALID', 'invalid', message, [{ field, rule, message, ...extra }]);
}

/**
 * Decides a packing run: the custodian packs units of a size into serialised units. Serials are
 * unique within the lot forever (a Digital Link must name one unit), and the units packed and not
 * yet sold cannot hold more than the custodian has.
 */
export function decideRecordPacking(command: RecordPacking, context: LotDecisionContext): LotEventFor[] {
  assertRole(context.actor, ['producer', 'processor'], 'pack');
  const packingId = factId(command.packingId, 'packingId');
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  assertOperatedPlace(context.masterData, context.actor, command.placeId, 'placeId', FACILITY_KINDS);
  assertUsable(lot, 'lotId', 'pack');
  if (!Array.isArray(command.serials) || command.serials.length === 0) throw refuse('serials', 'at-least-one', 'must list at least one serial');
  if (command.serials.length > MAX_UNITS_PER_PACKING) {
    throw refuse('serials', 'max-units', `one packing run records at most ${MAX_UNITS_PER_PACKING} units`, { max: MAX_UNITS_PER_PACKING });
  }
  command.serials.forEach((serial, i) => {
    if (typeof serial !== 'string' || !SERIAL.test(serial)) {
      throw refuse(`serials[${i}]`, 'gs1-serial', 'must be 1 to 20 letters, digits, ".", "_" or "-"', { serial });
    }
    if (lot.serialsEverPacked.has(serial) || command.serials.indexOf(serial) !== i) {
      throw new DomainError('PACKING.SERIAL_TAKEN', 'conflict', `Serial ${serial} is already used in lot ${lot.lotId}`, [
        { field: `serials[${i}]`, rule: 'unique-serial', message: 'a serial names one unit of a lot, once', serial },
      ]);
    }
  });
  const unitSize = quantityInUnit(command.unitSize, lot.unit, 'unitSize');
  const packedBefore = [...lot.packedUnits.values()].reduce((sum, size) => sum + size, 0);
  const packing = milliIn(unitSize, lot.unit, 'unitSize') * command.serials.length;
  // The packer packs from what it holds; units packed earlier may be anywhere by now, but all
  // unsold units together can never hold more than the lot has on hand.
  assertHolds(lot, context.actor, packing, 'serials', 'pack');
  if (packedBefore + packing > onHandMilli(lot)) {
    throw new DomainError('MASS_BALANCE.PACKED_EXCEEDS_ON_HAND', 'conflict', `Lot ${lot.lotId} has ${onHandMilli(lot) / 1000} ${lot.unit} on hand, not enough for these units`, [
      {
        field: 'serials',
        rule: 'mass-balance',
        message: 'the unsold units of a lot cannot hold more than the lot has on hand',
        packedBefore: fromMilli(packedBefore, lot.unit),
        packing: fromMilli(packing, lot.unit),
        onHand: fromMilli(onHandMilli(lot), lot.unit),
      },
    ]);
  }
  const packedAt = factTime(command.packedAt, 'packedAt', context.now, [lot]);
  const event: LotPacked = {
    type: 'lot.packed',
    schemaVersion: 1,
    data: { packingId, lotId: lot.lotId, placeId: command.placeId, unitSize: fromMilli(milliIn(unitSize, lot.unit, 'unitSize'), lot.unit), serials: [...command.serials], packedAt },
  };
  return [{ lotId: lot.lotId, event }];
}

import { DomainError } from '../../shared/domain-error';
import { LotSold } from '../events/lot-disposal.event';
import { assertOperatedPlace, assertRole } from '../rules/access';
import { assertHolds, assertLotExists, assertUsable, factId, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { fromMilli, milliIn, quantityInUnit } from '../rules/milli';
import { RecordRetailSale } from './record-retail-sale.command';

/**
 * Decides a retail sale: a shop sells from what it holds, at a shop it operates. Scanned units must
 * be packed units of the lot not yet sold, and the quantity is theirs; without serials the quantity
 * is given. Never more than the shop holds.
 */
export function decideRecordRetailSale(command: RecordRetailSale, context: LotDecisionContext): LotEventFor[] {
  assertRole(context.actor, ['shop'], 'record a retail sale');
  const saleId = factId(command.saleId, 'saleId');
  const lot = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  assertOperatedPlace(context.masterData, context.actor, command.shopPlaceId, 'shopPlaceId', ['shop']);
  assertUsable(lot, 'lotId', 'sell');
  const serials = command.serials ?? [];
  const unknown = serials.filter((s, i) => !lot.packedUnits.has(s) || serials.indexOf(s) !== i);
  if (unknown.length > 0) {
    throw new DomainError('SALE.UNKNOWN_UNITS', 'conflict', `Units ${unknown.join(', ')} are not unsold units of lot ${lot.lotId}`, [
      { field: 'serials', rule: 'unsold-packed-units', message: 'each serial must name a packed, unsold unit of this lot, once', serials: unknown },
    ]);
  }
  const recalled = serials.filter((s) => lot.recalledSerials.has(s));
  if (recalled.length > 0) {
    throw new DomainError('LIFECYCLE.UNITS_RECALLED', 'conflict', `Units ${recalled.join(', ')} of lot ${lot.lotId} are recalled`, [
      { field: 'serials', rule: 'not-recalled', message: 'a recalled unit cannot be sold', serials: recalled },
    ]);
  }
  const scannedMilli = serials.reduce((sum, s) => sum + (lot.packedUnits.get(s) ?? 0), 0);
  if (serials.length === 0 && command.quantity === undefined) {
    throw new DomainError('SALE.NO_QUANTITY', 'invalid', 'A sale names a quantity or the units sold', [
      { field: 'quantity', rule: 'quantity-or-serials', message: 'send a quantity, or the serials of the units sold' },
    ]);
  }
  const quantity = command.quantity !== undefined ? quantityInUnit(command.quantity, lot.unit, 'quantity') : fromMilli(scannedMilli, lot.unit);
  const milli = milliIn(quantity, lot.unit, 'quantity');
  if (serials.length > 0 && milli !== scannedMilli) {
    throw new DomainError('SALE.QUANTITY_MISMATCH', 'invalid', 'The quantity is not what the scanned units hold', [
      { field: 'quantity', rule: 'units-add-up', message: 'must equal the sizes of the scanned units', quantity, units: fromMilli(scannedMilli, lot.unit) },
    ]);
  }
  assertHolds(lot, context.actor, milli, 'quantity', 'sell');
  const event: LotSold = {
    type: 'lot.sold',
    schemaVersion: 1,
    data: {
      saleId,
      lotId: lot.lotId,
      quantity,
      ...(serials.length > 0 ? { serials: [...serials] } : {}),
      at: { partyId: context.actor.partyId, placeId: command.shopPlaceId },
      soldAt: factTime(command.soldAt, 'soldAt', context.now, [lot]),
    },
  };
  return [{ lotId: lot.lotId, event }];
}

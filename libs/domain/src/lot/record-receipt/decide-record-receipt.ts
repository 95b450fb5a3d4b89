import { DomainError } from '../../shared/domain-error';
import { LotReceived } from '../events/lot-custody.event';
import { assertLotExists, factId, factTime } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { fromMilli, milliIn, quantityInUnit } from '../rules/milli';
import { assertLotList } from '../rules/multi-lot';
import { RecordReceipt } from './record-receipt.command';

/**
 * Decides a receipt: each lot must have an open shipment under this id addressed to the actor
 * (409 if none), and no more can arrive than was shipped (less can: the rest is a loss in transit).
 * A held or recalled lot can still be received: the goods have arrived and must be accounted for.
 */
export function decideRecordReceipt(command: RecordReceipt, context: LotDecisionContext): LotEventFor[] {
  const shipmentId = factId(command.shipmentId, 'shipmentId');
  assertLotList(command.lots?.map((l) => l?.lotId), [], 0, 'lots');
  const lots = command.lots.map((entry, i) => assertLotExists(lotIn(context, entry.lotId), entry.lotId, `lots[${i}].lotId`));
  const receivedAt = factTime(command.receivedAt, 'receivedAt', context.now, lots);
  return command.lots.map((entry, i): LotEventFor => {
    const lot = lots[i];
    const shipment = lot.inTransit.find((s) => s.shipmentId === shipmentId);
    if (!shipment) {
      throw new DomainError('CUSTODY.NO_OPEN_SHIPMENT', 'conflict', `Lot ${lot.lotId} has no open shipment ${shipmentId}`, [
        { field: `lots[${i}].lotId`, rule: 'open-shipment', message: 'a receipt must match an open shipment of the lot', lotId: lot.lotId, shipmentId },
      ]);
    }
    if (shipment.to.partyId !== context.actor.partyId) {
      throw new DomainError('CUSTODY.NOT_ADDRESSEE', 'forbidden', `Shipment ${shipmentId} is addressed to ${shipment.to.partyId}`, [
        { field: 'shipmentId', rule: 'addressee', message: 'only the addressee receives a shipment', addressee: shipment.to.partyId },
      ]);
    }
    if (receivedAt < shipment.shippedAt) {
      throw new DomainError('TIME.BEFORE_SHIPMENT', 'invalid', 'receivedAt is before the shipment left', [
        { field: 'receivedAt', rule: 'after-shipment', message: 'goods arrive after they are shipped', shippedAt: shipment.shippedAt, value: receivedAt },
      ]);
    }
    const field = `lots[${i}].quantity`;
    const quantity = quantityInUnit(entry.quantity, lot.unit, field);
    if (milliIn(quantity, lot.unit, field) > shipment.milli) {
      throw new DomainError('MASS_BALANCE.MORE_THAN_SHIPPED', 'conflict', `More of lot ${lot.lotId} arrived than was shipped`, [
        { field, rule: 'mass-balance', message: 'cannot receive more than was shipped', received: quantity, shipped: fromMilli(shipment.milli, lot.unit) },
      ]);
    }
    const event: LotReceived = {
      type: 'lot.received',
      schemaVersion: 1,
      data: { shipmentId, lotId: lot.lotId, quantity, by: shipment.to, receivedAt },
    };
    return { lotId: lot.lotId, event };
  });
}

import { DomainError } from '../../shared/domain-error';
import { FACILITY_KINDS } from '../../master-data/place/place-kind';
import { LotShipped } from '../events/lot-custody.event';
import { assertOperatedPlace, registeredParty, registeredPlace } from '../rules/access';
import { documentsOf } from '../rules/documents';
import { assertLotExists, factId, factTime, quantityGivenOut, text } from '../rules/lifecycle';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { assertLotList } from '../rules/multi-lot';
import { RecordShipment } from './record-shipment.command';

/**
 * Decides a shipment: the custodian sends quantities of one or more lots from a place it operates
 * to a registered party at a place that party operates. All lots or none; each lot gets its own
 * `lot.shipped` under the shared shipment id, and is in transit until the addressee receives it.
 */
export function decideRecordShipment(command: RecordShipment, context: LotDecisionContext): LotEventFor[] {
  const shipmentId = factId(command.shipmentId, 'shipmentId');
  assertLotList(command.lots?.map((l) => l?.lotId), [], 0, 'lots');
  const from = assertOperatedPlace(context.masterData, context.actor, command.fromPlaceId, 'fromPlaceId', FACILITY_KINDS);
  const addressee = registeredParty(context.masterData, command.to?.partyId, 'to.partyId');
  registeredPlace(context.masterData, command.to?.placeId, 'to.placeId', FACILITY_KINDS);
  if (!addressee.operatesPlaceIds.includes(command.to.placeId) || addressee.partyId === context.actor.partyId) {
    throw new DomainError('SHIPMENT.INVALID_ADDRESSEE', 'invalid', `${addressee.partyId} cannot receive at ${command.to.placeId}`, [
      { field: 'to', rule: 'addressee-operates-place', message: 'must be another party, at a place it operates', partyId: addressee.partyId, placeId: command.to.placeId },
    ]);
  }
  const carrier = command.carrier === undefined ? undefined : text(command.carrier, 'carrier', 200);
  const documents = documentsOf(command.documents);
  const lots = command.lots.map((entry, i) => assertLotExists(lotIn(context, entry.lotId), entry.lotId, `lots[${i}].lotId`));
  const shippedAt = factTime(command.shippedAt, 'shippedAt', context.now, lots);
  return command.lots.map((entry, i): LotEventFor => {
    const lot = lots[i];
    if (lot.inTransit.some((s) => s.shipmentId === shipmentId)) {
      // A receipt closes a lot's shipment by its id: two open under one id would lose the second's goods.
      throw new DomainError('SHIPMENT.ALREADY_IN_TRANSIT', 'conflict', `Lot ${lot.lotId} already has shipment ${shipmentId} in transit`, [
        { field: 'shipmentId', rule: 'new-shipment', message: 'a lot has one open shipment per shipment id', shipmentId, lotId: lot.lotId },
      ]);
    }
    const quantity = quantityGivenOut(lot, context.actor, entry.quantity, i, 'ship');
    const event: LotShipped = {
      type: 'lot.shipped',
      schemaVersion: 1,
      data: {
        shipmentId,
        lotId: lot.lotId,
        quantity,
        from: { partyId: context.actor.partyId, placeId: from.placeId },
        to: { partyId: addressee.partyId, placeId: command.to.placeId },
        ...(carrier !== undefined ? { carrier } : {}),
        documents,
        shippedAt,
      },
    };
    return { lotId: lot.lotId, event };
  });
}

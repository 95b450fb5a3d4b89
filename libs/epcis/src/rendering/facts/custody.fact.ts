import type { LotReceived, LotShipped } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { type LotRenderingContext, atPlace, placeUriOf } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { bizTransactionsOf } from './business-documents';
import { destinationListOf, sourceListOf } from './custody-parties';
import { lotQuantity } from './quantity-element';

/**
 * A shipment: an ObjectEvent OBSERVE, shipping, in transit, read at the sender's place. No
 * bizLocation: goods in transit are at no business location. The shipment id links it to the receipt.
 */
export function shippedDraft(event: LotShipped, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: [lotQuantity(context, d.lotId, d.quantity)],
      action: 'OBSERVE',
      bizStep: 'shipping',
      disposition: 'in_transit',
      readPoint: { id: placeUriOf(context, d.from.placeId) },
      ...(d.documents.length > 0 ? { bizTransactionList: bizTransactionsOf(d.documents) } : {}),
      sourceList: sourceListOf(context, d.from),
      destinationList: destinationListOf(context, d.to),
      [tamga('shipmentId')]: d.shipmentId,
      ...(d.carrier !== undefined ? { [tamga('carrier')]: d.carrier } : {}),
    },
  };
}

/** A receipt: an ObjectEvent OBSERVE, receiving, in progress, at the addressee's place, of what arrived. */
export function receivedDraft(event: LotReceived, context: LotRenderingContext): EventDraft {
  const d = event.data;
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: [lotQuantity(context, d.lotId, d.quantity)],
      action: 'OBSERVE',
      bizStep: 'receiving',
      disposition: 'in_progress',
      ...atPlace(context, d.by.placeId),
      destinationList: destinationListOf(context, d.by),
      [tamga('shipmentId')]: d.shipmentId,
    },
  };
}

import type { LotPacked } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { unitUri } from '../epcis-identifiers';
import { type LotRenderingContext, atPlace, gtinOf, lotClassOf, productOfLot } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';

/**
 * Packing gives units of a lot their own serials: an ObjectEvent ADD commissioning the units
 * (SGTINs), not an AggregationEvent, because the jars are made from the lot, not put into it as a
 * container. The ILMD ties each unit to its lot (lot number and LGTIN) and says how much it holds.
 */
export function packedDraft(event: LotPacked, context: LotRenderingContext): EventDraft {
  const d = event.data;
  const productId = productOfLot(context, d.lotId);
  const gtin = gtinOf(context, productId);
  return {
    type: 'ObjectEvent',
    fields: {
      epcList: d.serials.map((serial) => unitUri(gtin, serial)),
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      ...atPlace(context, d.placeId),
      ilmd: {
        'cbvmda:lotNumber': d.lotId,
        [tamga('lot')]: lotClassOf(context, d.lotId, productId),
        [tamga('unitSize')]: { [tamga('quantity')]: d.unitSize.amount, [tamga('uom')]: d.unitSize.unit },
      },
      [tamga('packingId')]: d.packingId,
    },
  };
}

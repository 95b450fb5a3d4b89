import type { LotHarvested } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { tamgaUrn } from '../epcis-identifiers';
import { kyrgyzstanDate } from '../epcis-time';
import { type LotRenderingContext, atPlace, placeUriOf } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { lotQuantity } from './quantity-element';

/**
 * A harvest commissions a new lot: an ObjectEvent ADD of the lot's quantity, at the harvest site
 * (the village when no site was recorded). Its ILMD carries what GS1 calls lot master data: lot
 * number, country of origin, harvest date (Kyrgyzstan's calendar), and Tamga's village (GLN),
 * producer and the point harvested at as a geo URI (RFC 5870: latitude, longitude).
 */
export function harvestedDraft(event: LotHarvested, context: LotRenderingContext): EventDraft {
  const d = event.data;
  const harvestDate = kyrgyzstanDate(d.harvestedAt, 'harvestedAt');
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: [lotQuantity(context, d.lotId, d.quantity, d.productId)],
      action: 'ADD',
      bizStep: 'commissioning',
      disposition: 'active',
      ...atPlace(context, d.placeId ?? d.villageId),
      ilmd: {
        'cbvmda:lotNumber': d.lotId,
        'cbvmda:countryOfOrigin': 'KG',
        'cbvmda:harvestStartDate': harvestDate,
        'cbvmda:harvestEndDate': harvestDate,
        [tamga('village')]: placeUriOf(context, d.villageId),
        [tamga('producer')]: tamgaUrn('party', d.producerId),
        [tamga('harvestLocation')]: `geo:${d.location.latitude},${d.location.longitude}`,
      },
    },
  };
}

import type { LotExported, LotSold } from '#tamga/domain';
import type { EventDraft } from '../epcis-event';
import { unitUri } from '../epcis-identifiers';
import { type LotRenderingContext, atPlace, gtinOf, placeUriOf, productOfLot } from '../lot-rendering-context';
import { tamga } from '../tamga-json-ld-context';
import { bizTransactionsOf } from './business-documents';
import { sourceListOf } from './custody-parties';
import { lotQuantity } from './quantity-element';

/**
 * A retail sale: retail_selling, retail_sold, at the shop. The units scanned (SGTINs) when the shop
 * scans them, else the quantity of the lot; never both, which would count the units twice.
 */
export function soldDraft(event: LotSold, context: LotRenderingContext): EventDraft {
  const d = event.data;
  const serials = d.serials ?? [];
  const gtin = serials.length > 0 ? gtinOf(context, productOfLot(context, d.lotId)) : '';
  return {
    type: 'ObjectEvent',
    fields: {
      ...(serials.length > 0
        ? { epcList: serials.map((serial) => unitUri(gtin, serial)) }
        : { quantityList: [lotQuantity(context, d.lotId, d.quantity)] }),
      action: 'OBSERVE',
      bizStep: 'retail_selling',
      disposition: 'retail_sold',
      ...atPlace(context, d.at.placeId),
      sourceList: sourceListOf(context, d.at),
      [tamga('saleId')]: d.saleId,
    },
  };
}

/**
 * An export: shipping, in transit, leaving from the exporter's place. The customs declaration and
 * the certificate of origin are the business transactions a customs officer asks for (CBV has no
 * type for a customs declaration, so it gets `urn:tamga:btt:customs-declaration`; a certificate is
 * CBV's `cert`). The foreign buyer has no identifier in Tamga, so the buyer and the destination
 * country are Tamga extensions rather than a destination list.
 */
export function exportedDraft(event: LotExported, context: LotRenderingContext): EventDraft {
  const d = event.data;
  const papers = [
    { type: 'customs-declaration', id: d.customsDeclaration },
    { type: 'certificate-of-origin', id: d.certificateOfOrigin },
  ];
  return {
    type: 'ObjectEvent',
    fields: {
      quantityList: [lotQuantity(context, d.lotId, d.quantity)],
      action: 'OBSERVE',
      bizStep: 'shipping',
      disposition: 'in_transit',
      readPoint: { id: placeUriOf(context, d.from.placeId) },
      bizTransactionList: bizTransactionsOf([...papers, ...d.documents]),
      sourceList: sourceListOf(context, d.from),
      [tamga('shipmentId')]: d.shipmentId,
      [tamga('destinationCountry')]: d.destinationCountry,
      [tamga('buyer')]: { [tamga('name')]: d.buyer.name, [tamga('country')]: d.buyer.country },
      [tamga('hsCode')]: d.hsCode,
    },
  };
}

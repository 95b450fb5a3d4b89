import type { LotPortion, Quantity } from '#tamga/domain';
import type { QuantityElement } from '../epcis-event';
import { type LotRenderingContext, lotClassOf } from '../lot-rendering-context';

/** A quantity of a lot: its LGTIN, the amount, and the UN/CEFACT unit code Tamga already stores. */
export function lotQuantity(context: LotRenderingContext, lotId: string, quantity: Quantity, productId?: string): QuantityElement {
  return { epcClass: lotClassOf(context, lotId, productId), quantity: quantity.amount, uom: quantity.unit };
}

/** A portion of a multi-lot fact (it names its product, so no lookup is needed). */
export function portionQuantity(context: LotRenderingContext, portion: LotPortion): QuantityElement {
  return lotQuantity(context, portion.lotId, portion.quantity, portion.productId);
}

/**
 * The whole lot as the object of an observation (an inspection, a hold): its LGTIN without a
 * quantity, which EPCIS allows and reads as "this lot, amount not stated".
 */
export function wholeLot(context: LotRenderingContext, lotId: string): QuantityElement[] {
  return [{ epcClass: lotClassOf(context, lotId) }];
}

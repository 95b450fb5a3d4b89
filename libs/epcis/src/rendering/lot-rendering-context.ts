import type { EventEnvelope } from '#tamga/contracts';
import type { MasterDataLookup } from '#tamga/domain';
import { EpcisRenderingError } from './epcis-rendering-error';
import { lotUri, placeUri } from './epcis-identifiers';

/**
 * What rendering a lot event needs besides the event: the master data (only the keys that never
 * change after registration, GTINs and GLNs, are used, so a renamed village changes no hash), the
 * product each lot is of (most facts name only the lot), and, for corrections and retractions,
 * the recorded event they point at.
 */
export interface LotRenderingContext {
  readonly masterData: MasterDataLookup;
  /** The product a lot is of, as the fact that created it says; undefined for a lot never seen. */
  productOfLot(lotId: string): string | undefined;
  /** A recorded lot event by its Tamga event id; undefined when not recorded. */
  recordedEvent(eventId: string): EventEnvelope | undefined;
}

/** The GTIN-14 of a registered product. */
export function gtinOf(context: LotRenderingContext, productId: string): string {
  const product = context.masterData.product(productId);
  if (!product) throw new EpcisRenderingError(`product ${productId} is not in the master data, so its lots have no GTIN`);
  return product.gtin;
}

/** The product of a lot, from the fact that created it. */
export function productOfLot(context: LotRenderingContext, lotId: string): string {
  const productId = context.productOfLot(lotId);
  if (productId === undefined) throw new EpcisRenderingError(`the product of lot ${lotId} is unknown (no fact creating it was found)`);
  return productId;
}

/** The LGTIN of a lot; its product is given (a portion names it) or looked up from the lot's creation. */
export function lotClassOf(context: LotRenderingContext, lotId: string, productId = productOfLot(context, lotId)): string {
  return lotUri(gtinOf(context, productId), lotId);
}

/** The Digital Link of a registered place, by its GLN. */
export function placeUriOf(context: LotRenderingContext, placeId: string): string {
  const place = context.masterData.place(placeId);
  if (!place) throw new EpcisRenderingError(`place ${placeId} is not in the master data, so it has no GLN`);
  return placeUri(place.gln);
}

/** A readPoint and bizLocation at one place: where the fact was observed, and where the goods are after it. */
export function atPlace(context: LotRenderingContext, placeId: string): { readPoint: { id: string }; bizLocation: { id: string } } {
  const id = placeUriOf(context, placeId);
  return { readPoint: { id }, bizLocation: { id } };
}

import { RegisterProduct } from '#tamga/domain';
import { ProductFieldsDto } from './product-fields.dto';

/**
 * The domain command from a request. A yield bound's process arrives as any string: the domain
 * decision refuses an unknown one (rule known-value), so the cast only defers that check to it.
 */
export function productCommandOf(productId: string, body: ProductFieldsDto & { expectedVersion?: number }): RegisterProduct {
  return { ...body, productId, yieldBounds: body.yieldBounds as RegisterProduct['yieldBounds'] };
}

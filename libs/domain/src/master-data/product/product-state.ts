import { Product } from './product';
import { ProductEvent } from './product-event';

/** A product as the rules see it: never registered, or its latest version. */
export type ProductState = { readonly status: 'absent' } | ({ readonly status: 'registered' } & Product);

/** The state of a product that has no events. */
export const ABSENT_PRODUCT: ProductState = { status: 'absent' };

/** Applies one event to a product's state: each event carries the whole new version. */
export function evolveProduct(_state: ProductState, event: ProductEvent): ProductState {
  switch (event.type) {
    case 'product.registered':
    case 'product.revised':
      return { status: 'registered', ...event.data };
  }
}

/** Folds a product's whole history into its state. */
export function foldProduct(events: readonly ProductEvent[]): ProductState {
  return events.reduce(evolveProduct, ABSENT_PRODUCT);
}

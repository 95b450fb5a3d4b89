import { Product } from './product';

/** A new version of a registered product (names, category, yield bounds). Wire type `product.revised`. */
export interface ProductRevised {
  readonly type: 'product.revised';
  readonly schemaVersion: 1;
  readonly data: Product;
}

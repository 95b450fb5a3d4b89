import { Product } from './product';

/** A product entered the master data at version 1. Wire type `product.registered`. */
export interface ProductRegistered {
  readonly type: 'product.registered';
  readonly schemaVersion: 1;
  readonly data: Product;
}

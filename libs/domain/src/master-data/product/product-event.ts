import { ProductRegistered } from './product-registered.event';
import { ProductRevised } from './product-revised.event';

/** Every fact that can happen to a product. */
export type ProductEvent = ProductRegistered | ProductRevised;

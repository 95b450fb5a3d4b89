import { UnitCode } from '../../shared/unit-of-measure';
import { Gtin14 } from '../gs1/gtin';
import { LocalisedNames } from '../shared/localised-names';
import { ProductCategory } from './product-category';
import { YieldBound } from './yield-bound';

/** One version of a product, as its events carry it: a full snapshot. */
export interface Product {
  readonly productId: string;
  readonly version: number;
  readonly gtin: Gtin14;
  readonly names: LocalisedNames;
  readonly category: ProductCategory;
  /** The unit its lots are counted in. */
  readonly unit: UnitCode;
  readonly yieldBounds: readonly YieldBound[];
}

import { LocalisedNames } from '../../shared/localised-names';
import { YieldBound } from '../yield-bound';

/** Register a product, or (with expectedVersion) record a new version of it. */
export interface RegisterProduct {
  readonly productId: string;
  /** Absent to register a new product; the current version to revise an existing one. */
  readonly expectedVersion?: number;
  /** GTIN-8, -12, -13 or -14 with its check digit; stored as GTIN-14. */
  readonly gtin: string;
  readonly names: LocalisedNames;
  readonly category: string;
  /** A UN/CEFACT code or alias: KGM, kg, LTR, H87, piece... */
  readonly unit: string;
  readonly yieldBounds?: readonly YieldBound[];
}

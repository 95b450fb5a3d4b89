/** What kind of good a product is; the goods named in the OVOP shop and their raw materials. */
export const PRODUCT_CATEGORIES = [
  'honey',
  'jam',
  'berries',
  'dried-fruit',
  'herbs',
  'sugar',
  'soap',
  'oil',
  'wool',
  'felt',
  'textile',
  'dairy',
  'other',
] as const;

/** A product category. */
export type ProductCategory = (typeof PRODUCT_CATEGORIES)[number];

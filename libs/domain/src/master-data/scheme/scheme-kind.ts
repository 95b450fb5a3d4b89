/** Brands (a mark of origin) and certification schemes (a checked claim), each issued by a party. */
export const SCHEME_KINDS = ['national-brand', 'regional-brand', 'organic', 'halal', 'geographical-indication', 'other-certification'] as const;

/** A kind of brand or certification scheme. */
export type SchemeKind = (typeof SCHEME_KINDS)[number];

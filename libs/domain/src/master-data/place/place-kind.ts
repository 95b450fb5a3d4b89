/** Administrative places (region > district > village or town; Bishkek and Osh are cities outside any region). */
export const ADMINISTRATIVE_PLACE_KINDS = ['region', 'district', 'village', 'town', 'city'] as const;

/** Facilities: where a product is harvested, made, kept, tested, sold or leaves the country. */
export const FACILITY_KINDS = ['apiary', 'plot', 'pasture', 'workshop', 'warehouse', 'shop', 'lab', 'border-post'] as const;

/** Every kind of place Tamga knows. */
export const PLACE_KINDS = [...ADMINISTRATIVE_PLACE_KINDS, ...FACILITY_KINDS] as const;

/** A kind of place. */
export type PlaceKind = (typeof PLACE_KINDS)[number];

const SETTLEMENT_OR_DISTRICT: readonly PlaceKind[] = ['village', 'town', 'city', 'district'];

/**
 * Which kinds of place may contain each kind; an empty list means a top-level place. A facility
 * sits in the settlement (or district) it belongs to, so a trace can name its village.
 */
export const PARENT_KINDS: Readonly<Record<PlaceKind, readonly PlaceKind[]>> = {
  region: [],
  city: [],
  district: ['region'],
  village: ['district'],
  town: ['district', 'region'],
  apiary: SETTLEMENT_OR_DISTRICT,
  plot: SETTLEMENT_OR_DISTRICT,
  pasture: SETTLEMENT_OR_DISTRICT,
  workshop: SETTLEMENT_OR_DISTRICT,
  warehouse: SETTLEMENT_OR_DISTRICT,
  shop: SETTLEMENT_OR_DISTRICT,
  lab: SETTLEMENT_OR_DISTRICT,
  'border-post': SETTLEMENT_OR_DISTRICT,
};

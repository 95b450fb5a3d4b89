/**
 * A shipment that arrives more than this percentage short is flagged for inspectors. Honey, jam
 * and soap lose little on the road (spillage, a broken jar); 2 % of a load is more than handling
 * explains. Flags are projected, so changing this needs the read models rebuilt.
 */
export const LOSS_IN_TRANSIT_FLAG_PERCENT = 2;

/**
 * A transformation's yield within this fraction of its allowed range from either bound is flagged:
 * the rules accept it, but a yield at the very edge is where a mistyped or padded quantity shows.
 * With comb honey to honey at 0.6..0.85, yields up to 0.625 and from 0.825 are flagged.
 */
export const YIELD_EDGE_FRACTION = 0.1;

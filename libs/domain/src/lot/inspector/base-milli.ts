import { Quantity } from '../../shared/quantity';
import { unitOf } from '../../shared/unit-of-measure';

/**
 * A quantity in thousandths of its base unit (kg, l, piece, m²), as the yield rule counts: inputs
 * of one transformation may be in different units (honey in kg, sugar in g), and shares and yields
 * compare them in one unit.
 */
export function baseMilliOf(quantity: Quantity): number {
  return Math.round(quantity.amount * unitOf(quantity.unit).toBase * 1000);
}

/** A base-unit amount in thousandths back in `unit`, rounded to the three decimals quantities carry. */
export function quantityFromBaseMilli(baseMilli: number, unit: Quantity['unit']): Quantity {
  return { amount: Math.round(baseMilli / unitOf(unit).toBase) / 1000, unit };
}

import { DomainError } from '../../shared/domain-error';
import { Quantity, quantityOf } from '../../shared/quantity';
import { UnitCode, unitOf } from '../../shared/unit-of-measure';

/**
 * Lot arithmetic is done in thousandths of the lot's unit, as integers: quantities carry at most
 * three decimals, so sums and differences stay exact (0.1 + 0.2 kg is 0.3 kg, not 0.30000000000000004).
 */
export type Milli = number;

/** The amount of a quantity in thousandths of `unit`; refuses a unit of another dimension. */
export function milliIn(quantity: Quantity, unit: UnitCode, field: string): Milli {
  const from = unitOf(quantity.unit, `${field}.unit`);
  const to = unitOf(unit);
  if (from.dimension !== to.dimension) {
    throw new DomainError('QUANTITY.WRONG_DIMENSION', 'invalid', `${field} is in ${from.code}, which cannot be converted to ${to.code}`, [
      { field: `${field}.unit`, rule: 'same-dimension', message: `must measure ${to.dimension}, as ${to.code} does`, unit: from.code, lotUnit: to.code },
    ]);
  }
  return Math.round((quantity.amount * from.toBase * 1000) / to.toBase);
}

/** A quantity from thousandths of a unit. */
export function fromMilli(milli: Milli, unit: UnitCode): Quantity {
  return { amount: milli / 1000, unit };
}

/**
 * Reads a client's quantity into the lot's unit: validated as any quantity (positive, at most
 * three decimals, plausible), converted, and refused if the conversion needs a fourth decimal.
 */
export function quantityInUnit(raw: { amount: number; unit: string }, unit: UnitCode, field: string): Quantity {
  const given = quantityOf(raw?.amount, raw?.unit, field);
  const milli = (given.amount * unitOf(given.unit).toBase * 1000) / unitOf(unit).toBase;
  milliIn(given, unit, field); // refuses another dimension
  if (Math.abs(milli - Math.round(milli)) > 1e-6) {
    throw new DomainError('QUANTITY.INVALID', 'invalid', `${field} needs more than three decimals in ${unit}`, [
      { field: `${field}.amount`, rule: 'max-three-decimals', message: `must be a whole number of thousandths of ${unit}`, amount: given.amount, unit: given.unit },
    ]);
  }
  return fromMilli(Math.round(milli), unit);
}

import { DomainError } from './domain-error';
import { Dimension, UnitCode, unitOf } from './unit-of-measure';

/** An amount of something in a UN/CEFACT unit. Amounts carry at most three decimals. */
export interface Quantity {
  readonly amount: number;
  readonly unit: UnitCode;
}

/** The largest amount one recorded fact may carry, per dimension, in base units. */
const ABSURD_ABOVE: Record<Dimension, number> = {
  mass: 100_000, // kg: no village harvest weighs more than a hundred tonnes
  volume: 100_000, // l
  count: 10_000_000, // pieces
  area: 100_000, // m²
};

/**
 * Builds a quantity from what a client sent, refusing zero, negative, over-precise and
 * absurdly large amounts. The unit is normalised to its UN/CEFACT code.
 */
export function quantityOf(amount: number, unitName: string, field = 'quantity'): Quantity {
  const unit = unitOf(unitName, `${field}.unit`);
  const refuse = (rule: string, message: string, extra: Record<string, unknown> = {}) =>
    new DomainError('QUANTITY.INVALID', 'invalid', `Invalid quantity: ${message}`, [
      { field: `${field}.amount`, rule, message, ...extra },
    ]);
  if (!Number.isFinite(amount)) throw refuse('finite-number', 'must be a finite number');
  if (amount <= 0) throw refuse('positive', 'must be greater than zero', { amount });
  if (Math.round(amount * 1000) / 1000 !== amount) {
    throw refuse('max-three-decimals', 'must have at most three decimals', { amount });
  }
  const limit = ABSURD_ABOVE[unit.dimension] / unit.toBase;
  if (amount > limit) {
    throw refuse('plausible-amount', `must not exceed ${limit} ${unit.code}`, { amount, limit, unit: unit.code });
  }
  return { amount, unit: unit.code };
}

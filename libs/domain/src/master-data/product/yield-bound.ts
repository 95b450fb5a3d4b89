import { DomainError } from '../../shared/domain-error';
import { oneOf } from '../shared/one-of';
import { referenceIdSet } from '../shared/reference-id';
import { TRANSFORMATION_PROCESSES, TransformationProcess } from './transformation-process';

/**
 * How much of this product one process may yield from its inputs: the output amount (in the
 * product's unit) divided by the summed input amounts (in their base unit, kg, l or piece) lies in
 * [min, max]. Comb honey to extracted honey is about 0.6 to 0.85; berries and sugar to jam 0.7 to 0.95.
 */
export interface YieldBound {
  readonly process: TransformationProcess;
  /** The products consumed, sorted. */
  readonly inputProductIds: readonly string[];
  readonly min: number;
  readonly max: number;
}

function refuse(field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError('PRODUCT.INVALID_YIELD_BOUND', 'invalid', `Invalid ${field}: ${message}`, [{ field, rule, message, ...extra }]);
}

/** Validates yield bounds: a known process at most once, at least one input, finite 0 < min <= max. */
export function yieldBoundsOf(bounds: readonly YieldBound[], field = 'yieldBounds'): readonly YieldBound[] {
  if (!Array.isArray(bounds)) throw refuse(field, 'list', 'must be a list (empty when the product is not made from others)');
  const result = bounds.map((bound, i): YieldBound => {
    const at = `${field}[${i}]`;
    const process = oneOf(bound?.process, TRANSFORMATION_PROCESSES, `${at}.process`);
    const inputProductIds = referenceIdSet(bound.inputProductIds ?? [], `${at}.inputProductIds`);
    if (inputProductIds.length === 0) throw refuse(`${at}.inputProductIds`, 'at-least-one-input', 'must name at least one input product');
    const { min, max } = bound;
    if (typeof min !== 'number' || !Number.isFinite(min) || typeof max !== 'number' || !Number.isFinite(max)) {
      throw refuse(at, 'finite-number', 'min and max must be finite numbers', { min, max });
    }
    if (!(min > 0 && min <= max)) throw refuse(at, 'yield-range', 'must satisfy 0 < min <= max', { min, max });
    return { process, inputProductIds, min, max };
  });
  const duplicate = result.find((b, i) => result.findIndex((o) => o.process === b.process) !== i);
  if (duplicate) {
    // One bound per process keeps the mass-balance rule unambiguous when a transformation is checked.
    throw refuse(field, 'unique-process', `lists ${duplicate.process} twice`, { process: duplicate.process });
  }
  return result;
}

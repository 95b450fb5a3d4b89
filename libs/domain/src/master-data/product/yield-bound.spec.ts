import { DomainError } from '../../shared/domain-error';
import { YieldBound, yieldBoundsOf } from './yield-bound';

const jam: YieldBound = {
  process: 'cooking',
  inputProductIds: ['product:sugar', 'product:wild-sea-buckthorn'],
  min: 0.7,
  max: 0.95,
};

function ruleOf(bounds: readonly YieldBound[]): unknown {
  try {
    yieldBoundsOf(bounds);
  } catch (error) {
    if (error instanceof DomainError) return error.details[0];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('yield bounds', () => {
  it('given berries and sugar cooked to jam at 0.7..0.95, accepts them with the inputs sorted', () => {
    expect(yieldBoundsOf([{ ...jam, inputProductIds: ['product:wild-sea-buckthorn', 'product:sugar'] }])).toEqual([jam]);
  });

  it('accepts min equal to max (a blend loses nothing)', () => {
    expect(() => yieldBoundsOf([{ process: 'blending', inputProductIds: ['product:white-sainfoin-honey'], min: 1, max: 1 }])).not.toThrow();
  });

  it.each([
    [0, 0.9, 'yield-range'],
    [-0.1, 0.9, 'yield-range'],
    [0.95, 0.7, 'yield-range'],
    [Number.NaN, 0.9, 'finite-number'],
    [0.7, Number.POSITIVE_INFINITY, 'finite-number'],
  ])('refuses min %p, max %p (rule %s)', (min, max, rule) => {
    expect(ruleOf([{ ...jam, min, max }])).toMatchObject({ field: 'yieldBounds[0]', rule, min, max });
  });

  it('refuses a bound without inputs, an unknown process and the same process twice', () => {
    expect(ruleOf([{ ...jam, inputProductIds: [] }])).toMatchObject({ rule: 'at-least-one-input' });
    expect(ruleOf([{ ...jam, process: 'baking' as never }])).toMatchObject({ field: 'yieldBounds[0].process', rule: 'known-value' });
    expect(ruleOf([jam, { ...jam, min: 0.5 }])).toMatchObject({ rule: 'unique-process', process: 'cooking' });
  });

  it('refuses the same input listed twice', () => {
    expect(ruleOf([{ ...jam, inputProductIds: ['product:sugar', 'product:sugar'] }])).toMatchObject({ rule: 'unique' });
  });
});

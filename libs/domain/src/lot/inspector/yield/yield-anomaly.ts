import { YieldBound } from '../../../master-data/product/yield-bound';
import { TransformationProcess } from '../../../master-data/product/transformation-process';
import { LotPortion } from '../../events/lot-portion';
import { baseMilliOf } from '../base-milli';
import { YIELD_EDGE_FRACTION } from '../inspection-thresholds';

/** A yield the rules accepted but that lies at the edge of its bound. */
export interface YieldAnomaly {
  readonly productId: string;
  readonly yield: number;
  readonly min: number;
  readonly max: number;
  /** Which edge: `low` (little made from much, where goods may have gone missing) or `high` (padded output). */
  readonly edge: 'low' | 'high';
  /** In the base unit (kg, l, piece), as the yield rule compares them. */
  readonly inputTotal: number;
  readonly outputTotal: number;
}

/**
 * The outputs of a transformation whose yield lies within YIELD_EDGE_FRACTION of the range of the
 * product's bound for this process and these inputs (the bound the yield rule uses). An output
 * with no such bound (registered before bounds, or revised since) is not judged.
 */
export function yieldAnomaliesOf(
  transformation: { readonly process: TransformationProcess; readonly inputs: readonly LotPortion[]; readonly outputs: readonly LotPortion[] },
  boundsOf: (productId: string) => readonly YieldBound[] | undefined,
): YieldAnomaly[] {
  const inputProductIds = [...new Set(transformation.inputs.map((i) => i.productId))].sort();
  const inputMilli = transformation.inputs.reduce((sum, i) => sum + baseMilliOf(i.quantity), 0);
  const productIds = [...new Set(transformation.outputs.map((o) => o.productId))];
  return productIds.flatMap((productId): YieldAnomaly[] => {
    const bound = boundsOf(productId)?.find(
      (b) => b.process === transformation.process && b.inputProductIds.length === inputProductIds.length && b.inputProductIds.every((id, i) => id === inputProductIds[i]),
    );
    if (!bound || inputMilli === 0) return [];
    const outputMilli = transformation.outputs.filter((o) => o.productId === productId).reduce((sum, o) => sum + baseMilliOf(o.quantity), 0);
    const ratio = outputMilli / inputMilli;
    const margin = (bound.max - bound.min) * YIELD_EDGE_FRACTION;
    const edge = ratio <= bound.min + margin ? 'low' : ratio >= bound.max - margin ? 'high' : null;
    if (!edge) return [];
    return [{ productId, yield: Math.round(ratio * 10_000) / 10_000, min: bound.min, max: bound.max, edge, inputTotal: inputMilli / 1000, outputTotal: outputMilli / 1000 }];
  });
}

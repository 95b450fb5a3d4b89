import { DomainError } from '../../shared/domain-error';
import { Quantity } from '../../shared/quantity';
import { unitOf } from '../../shared/unit-of-measure';
import { Product } from '../../master-data/product/product';
import { TransformationProcess } from '../../master-data/product/transformation-process';

/** A quantity in thousandths of its base unit (kg, l, piece): an integer, so totals and comparisons are exact. */
function baseMilli(quantity: Quantity): number {
  return Math.round(quantity.amount * unitOf(quantity.unit).toBase * 1000);
}

/**
 * Refuses outputs a process cannot yield from its inputs (422): for each output product, the
 * product's yield bound for this process and these input products must hold for the output's
 * total over the inputs' total (in base units). A product without a bound for the combination
 * cannot be made from it: the bound is registered with the product first.
 */
export function assertWithinYieldBounds(
  process: TransformationProcess,
  inputs: readonly { readonly productId: string; readonly quantity: Quantity }[],
  outputs: readonly { readonly product: Product; readonly quantity: Quantity }[],
): void {
  const inputProductIds = [...new Set(inputs.map((i) => i.productId))].sort();
  const inputMilli = inputs.reduce((sum, i) => sum + baseMilli(i.quantity), 0);
  const products = [...new Map(outputs.map((o) => [o.product.productId, o.product])).values()];
  for (const product of products) {
    const outputMilli = outputs.filter((o) => o.product.productId === product.productId).reduce((sum, o) => sum + baseMilli(o.quantity), 0);
    const bound = product.yieldBounds.find(
      (b) => b.process === process && b.inputProductIds.length === inputProductIds.length && b.inputProductIds.every((id, i) => id === inputProductIds[i]),
    );
    const field = `outputs[${outputs.findIndex((o) => o.product.productId === product.productId)}].quantity`;
    if (!bound) {
      throw new DomainError('YIELD.NO_BOUND', 'invalid', `${product.productId} has no yield bound for ${process} of ${inputProductIds.join(' + ')}`, [
        {
          field,
          rule: 'yield-bound-registered',
          message: 'register a yield bound for this process and these inputs with the product first',
          productId: product.productId,
          process,
          inputProductIds,
        },
      ]);
    }
    // Compared unrounded: a ratio rounded to four decimals let 59.999 kg of honey from 100 kg pass a
    // minimum of 0.6. The tolerance only absorbs the floating-point error of bound × input (far below 1 g).
    const noise = inputMilli * 1e-12;
    if (outputMilli < bound.min * inputMilli - noise || outputMilli > bound.max * inputMilli + noise) {
      const [inputTotal, outputTotal] = [inputMilli / 1000, outputMilli / 1000];
      throw new DomainError('YIELD.OUT_OF_BOUNDS', 'invalid', `${process} cannot yield ${outputTotal} of ${product.productId} from ${inputTotal} of inputs`, [
        {
          field,
          rule: 'yield-bounds',
          message: `the yield must lie within ${bound.min}..${bound.max} of the inputs`,
          productId: product.productId,
          yield: outputMilli / inputMilli,
          min: bound.min,
          max: bound.max,
          inputTotal,
          outputTotal,
        },
      ]);
    }
  }
}

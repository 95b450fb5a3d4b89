import { DomainError } from '../../shared/domain-error';
import { oneOf } from '../../master-data/shared/one-of';
import { TRANSFORMATION_PROCESSES } from '../../master-data/product/transformation-process';
import { LotTransformed } from '../events/lot-transformed.event';
import { LotPortion } from '../events/lot-portion';
import { LotDecisionContext, LotEventFor } from '../rules/lot-decision';
import { quantityInUnit } from '../rules/milli';
import { assertLotList, checkInputs } from '../rules/multi-lot';
import { assertWithinYieldBounds } from '../rules/yield';
import { RecordTransformation } from './record-transformation.command';

/**
 * Decides a transformation: n input lots (each held by the actor, usable, with enough on hand)
 * into m new output lots of registered products, within each product's yield bounds. The fact is
 * recorded whole on every lot it touches; the caller appends them all or none.
 */
export function decideRecordTransformation(command: RecordTransformation, context: LotDecisionContext): LotEventFor[] {
  assertLotList(command.inputs?.map((i) => i?.lotId), command.outputs?.map((o) => o?.lotId));
  const process = oneOf(command.process, TRANSFORMATION_PROCESSES, 'process');
  const checked = checkInputs(
    context,
    { ...command, at: command.transformedAt, atField: 'transformedAt', outputLotIds: command.outputs.map((o) => o.lotId) },
    'process',
  );
  const outputs = command.outputs.map((output, i) => {
    const product = context.masterData.product(output.productId);
    if (!product) {
      throw new DomainError('REFERENCE.UNKNOWN_PRODUCT', 'invalid', `Product ${output.productId} is not registered`, [
        { field: `outputs[${i}].productId`, rule: 'registered-product', message: 'must name a registered product', productId: output.productId },
      ]);
    }
    return { product, quantity: quantityInUnit(output.quantity, product.unit, `outputs[${i}].quantity`), lotId: output.lotId };
  });
  assertWithinYieldBounds(process, checked.inputs, outputs);
  const event: LotTransformed = {
    type: 'lot.transformed',
    schemaVersion: 1,
    data: {
      transformationId: checked.transformationId,
      process,
      placeId: checked.place.placeId,
      inputs: checked.inputs,
      outputs: outputs.map((o): LotPortion => ({ lotId: o.lotId, productId: o.product.productId, quantity: o.quantity })),
      transformedAt: checked.at,
    },
  };
  return [...event.data.inputs, ...event.data.outputs].map((portion) => ({ lotId: portion.lotId, event }));
}

import { DomainError } from '../../shared/domain-error';
import { LotMerged } from '../events/lot-transformed.event';
import { LotDecisionContext, LotEventFor } from '../rules/lot-decision';
import { fromMilli } from '../rules/milli';
import { LISTED_FIELDS, assertLotList, checkInputs, sumMilli } from '../rules/multi-lot';
import { RecordMerge } from './record-merge.command';

/**
 * Decides a merge: two or more lots of one product, held by the actor, into one new lot holding
 * exactly what was taken from them (mass is conserved).
 */
export function decideRecordMerge(command: RecordMerge, context: LotDecisionContext): LotEventFor[] {
  assertLotList(command.inputs?.map((i) => i?.lotId), [command.outputLotId]);
  if (command.inputs.length < 2) {
    throw new DomainError('FACT.TOO_FEW_INPUTS', 'invalid', 'A merge combines at least two lots', [
      { field: 'inputs', rule: 'at-least', message: 'must list at least 2 input lots', min: 2 },
    ]);
  }
  const checked = checkInputs(
    context,
    { ...command, at: command.mergedAt, atField: 'mergedAt', outputLotIds: [command.outputLotId] },
    'merge',
    { ...LISTED_FIELDS, output: () => 'outputLotId' },
  );
  const [first] = checked.inputLots;
  const other = checked.inputLots.findIndex((lot) => lot.productId !== first.productId);
  if (other >= 0) {
    throw new DomainError('FACT.MIXED_PRODUCTS', 'invalid', 'Only lots of one product can be merged', [
      {
        field: `inputs[${other}].lotId`,
        rule: 'same-product',
        message: `must be of ${first.productId}, like the first input; blending different products is a transformation`,
        productId: checked.inputLots[other].productId,
      },
    ]);
  }
  const total = fromMilli(sumMilli(checked.inputs.map((i) => i.quantity), first.unit, 'inputs'), first.unit);
  const event: LotMerged = {
    type: 'lot.merged',
    schemaVersion: 1,
    data: {
      transformationId: checked.transformationId,
      placeId: checked.place.placeId,
      inputs: checked.inputs,
      outputs: [{ lotId: command.outputLotId, productId: first.productId, quantity: total }],
      mergedAt: checked.at,
    },
  };
  return [...event.data.inputs, ...event.data.outputs].map((portion) => ({ lotId: portion.lotId, event }));
}

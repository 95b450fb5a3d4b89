import { LotSplit } from '../events/lot-transformed.event';
import { LotPortion } from '../events/lot-portion';
import { LotDecisionContext, LotEventFor, lotIn } from '../rules/lot-decision';
import { fromMilli, quantityInUnit } from '../rules/milli';
import { LISTED_FIELDS, assertLotList, checkInputs, sumMilli } from '../rules/multi-lot';
import { assertLotExists } from '../rules/lifecycle';
import { RecordSplit } from './record-split.command';

/**
 * Decides a split: one lot held by the actor into two or more new lots of the same product, taking
 * from it exactly what the outputs add up to (mass is conserved: nothing is lost in a split).
 */
export function decideRecordSplit(command: RecordSplit, context: LotDecisionContext): LotEventFor[] {
  assertLotList([command.lotId], command.outputs?.map((o) => o?.lotId), 2, 'outputs');
  const source = assertLotExists(lotIn(context, command.lotId), command.lotId, 'lotId');
  const outputs = command.outputs.map((o, i) => ({ lotId: o.lotId, quantity: quantityInUnit(o.quantity, source.unit, `outputs[${i}].quantity`) }));
  const taken = fromMilli(sumMilli(outputs.map((o) => o.quantity), source.unit, 'outputs'), source.unit);
  const checked = checkInputs(
    context,
    { ...command, at: command.splitAt, atField: 'splitAt', inputs: [{ lotId: command.lotId, quantity: taken }], outputLotIds: outputs.map((o) => o.lotId) },
    'split',
    // A split names its one input as lotId and takes what its outputs add up to.
    { ...LISTED_FIELDS, input: () => ({ lotId: 'lotId', quantity: 'outputs' }) },
  );
  const event: LotSplit = {
    type: 'lot.split',
    schemaVersion: 1,
    data: {
      transformationId: checked.transformationId,
      placeId: checked.place.placeId,
      inputs: [checked.inputs[0]],
      outputs: outputs.map((o): LotPortion => ({ lotId: o.lotId, productId: source.productId, quantity: o.quantity })),
      splitAt: checked.at,
    },
  };
  return [...event.data.inputs, ...event.data.outputs].map((portion) => ({ lotId: portion.lotId, event }));
}

import { DomainError } from '../../shared/domain-error';
import { assertLotId } from '../../shared/identifiers';
import { Quantity } from '../../shared/quantity';
import { Place } from '../../master-data/place/place';
import { FACILITY_KINDS } from '../../master-data/place/place-kind';
import { LotPortion } from '../events/lot-portion';
import { ExistingLot } from '../lot-state';
import { assertOperatedPlace, assertRole } from './access';
import { assertHolds, assertLotExists, assertLotIsNew, assertUsable, factId, factTime } from './lifecycle';
import { LotDecisionContext, lotIn } from './lot-decision';
import { milliIn, quantityInUnit } from './milli';

/** The most lots one fact may touch: a day's pooling in a big village, with room to spare. */
export const MAX_LOTS_PER_FACT = 50;

/** An input as a client names it: which lot, and how much is taken from it. */
export interface InputRequest {
  readonly lotId: string;
  readonly quantity: { readonly amount: number; readonly unit: string };
}

/** What the shared checks of a multi-lot fact establish. */
export interface CheckedInputs {
  readonly transformationId: string;
  readonly place: Place;
  readonly at: string;
  readonly inputs: readonly LotPortion[];
  readonly inputLots: readonly ExistingLot[];
}

function refuse(code: string, field: string, rule: string, message: string, extra: Record<string, unknown> = {}): DomainError {
  return new DomainError(code, 'invalid', message, [{ field, rule, message, ...extra }]);
}

/**
 * Refuses an empty or oversized list, and a lot named twice anywhere in the fact. `listField` is the
 * command's field the refusal points at: `inputs`, or `lots` for shipments, receipts and exports.
 */
export function assertLotList(inputIds: readonly string[], outputIds: readonly string[], minOutputs = 1, listField = 'inputs'): void {
  if (!Array.isArray(inputIds) || inputIds.length === 0) throw refuse('FACT.NO_INPUTS', listField, 'at-least-one', 'must list at least one input lot');
  if (!Array.isArray(outputIds) || outputIds.length < minOutputs) {
    throw refuse('FACT.TOO_FEW_OUTPUTS', 'outputs', 'at-least', `must list at least ${minOutputs} output lot(s)`, { min: minOutputs });
  }
  if (inputIds.length + outputIds.length > MAX_LOTS_PER_FACT) {
    throw refuse('FACT.TOO_MANY_LOTS', listField, 'max-lots', `one fact touches at most ${MAX_LOTS_PER_FACT} lots`, { max: MAX_LOTS_PER_FACT });
  }
  const all = [...inputIds, ...outputIds];
  const twice = all.find((id, i) => all.indexOf(id) !== i);
  if (twice !== undefined) throw refuse('FACT.LOT_TWICE', listField, 'distinct-lots', `lot ${twice} is named twice`, { lotId: twice });
}

/** The command fields a refusal about input i or output i points at. */
export interface FactFields {
  input(i: number): { readonly lotId: string; readonly quantity: string };
  output(i: number): string;
}

/** The fields of a command that lists `inputs` and `outputs`, as a transformation does. */
export const LISTED_FIELDS: FactFields = {
  input: (i) => ({ lotId: `inputs[${i}].lotId`, quantity: `inputs[${i}].quantity` }),
  output: (i) => `outputs[${i}].lotId`,
};

/**
 * The checks every fact that consumes lots shares: the actor processes (producer or processor) at
 * a facility it operates; every input exists, is usable, is held by the actor in at least the
 * quantity taken; every output is new; the time is after every input existed and not in the future.
 * `fields` names the command's own fields where it does not list inputs and outputs (split, merge).
 */
export function checkInputs(
  context: LotDecisionContext,
  fact: { transformationId: string; placeId: string; at: string; atField: string; inputs: readonly InputRequest[]; outputLotIds: readonly string[] },
  action: string,
  fields: FactFields = LISTED_FIELDS,
): CheckedInputs {
  assertRole(context.actor, ['producer', 'processor'], action);
  const transformationId = factId(fact.transformationId, 'transformationId');
  fact.inputs.forEach((input, i) => assertLotId(input?.lotId, fields.input(i).lotId));
  fact.outputLotIds.forEach((id, i) => assertLotId(id, fields.output(i)));
  const place = assertOperatedPlace(context.masterData, context.actor, fact.placeId, 'placeId', FACILITY_KINDS);
  const inputLots = fact.inputs.map((input, i) => assertLotExists(lotIn(context, input.lotId), input.lotId, fields.input(i).lotId));
  fact.outputLotIds.forEach((id, i) => assertLotIsNew(lotIn(context, id), id, fields.output(i)));
  const inputs = fact.inputs.map((input, i): LotPortion => {
    const lot = inputLots[i];
    const field = fields.input(i).quantity;
    assertUsable(lot, fields.input(i).lotId, action);
    const quantity = quantityInUnit(input.quantity, lot.unit, field);
    assertHolds(lot, context.actor, milliIn(quantity, lot.unit, field), field, action);
    return { lotId: lot.lotId, productId: lot.productId, quantity };
  });
  const at = factTime(fact.at, fact.atField, context.now, inputLots);
  return { transformationId, place, at, inputs, inputLots };
}

/** The sum of quantities in thousandths of one unit (the lots of a split or merge share a product and unit). */
export function sumMilli(quantities: readonly Quantity[], unit: Quantity['unit'], field: string): number {
  return quantities.reduce((sum, q) => sum + milliIn(q, unit, field), 0);
}

import type { Quantity } from '#tamga/domain';
import type { FactEvent } from './fact-draft';

/**
 * The fact as it should have been recorded: a correction states the right quantity of its lot, so
 * the lot's quantity in the corrected fact is replaced (its portion, in a multi-lot fact).
 * Undefined for a fact that carries no quantity of the lot (the domain does not correct those).
 */
export function withCorrectedQuantity(fact: FactEvent, lotId: string, quantity: Quantity): FactEvent | undefined {
  switch (fact.type) {
    case 'lot.transformed':
    case 'lot.split':
    case 'lot.merged': {
      const fix = <P extends { lotId: string; quantity: Quantity }>(p: P): P => (p.lotId === lotId ? { ...p, quantity } : p);
      const data = { ...fact.data, inputs: fact.data.inputs.map(fix), outputs: fact.data.outputs.map(fix) };
      return { ...fact, data } as FactEvent;
    }
    default:
      return 'quantity' in fact.data ? ({ ...fact, data: { ...fact.data, quantity } } as FactEvent) : undefined;
  }
}

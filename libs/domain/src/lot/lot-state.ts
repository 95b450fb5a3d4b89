import { Quantity } from '../shared/quantity';
import { LotEvent } from './lot-event';

/** What the rules need to know about a lot, folded from its events. */
export type LotState =
  | { readonly status: 'absent' }
  | {
      readonly status: 'active';
      readonly lotId: string;
      readonly productId: string;
      readonly onHand: Quantity;
      readonly createdAt: string;
    };

/** The state of a lot that has no events. */
export const ABSENT_LOT: LotState = { status: 'absent' };

/** Applies one event to a lot's state. Pure; unknown transitions are programming errors. */
export function evolveLot(state: LotState, event: LotEvent): LotState {
  switch (event.type) {
    case 'lot.harvested':
      return {
        status: 'active',
        lotId: event.data.lotId,
        productId: event.data.productId,
        onHand: event.data.quantity,
        createdAt: event.data.harvestedAt,
      };
    default:
      return state;
  }
}

/** Folds a lot's whole history into its state. */
export function foldLot(events: readonly LotEvent[]): LotState {
  return events.reduce(evolveLot, ABSENT_LOT);
}

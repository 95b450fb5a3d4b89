import { Party } from '../../master-data/party/party';
import { MasterDataLookup } from '../../master-data/lookup/master-data-lookup';
import { LotEvent, RecordedLotEvent } from '../lot-event';
import { LotState, foldLot } from '../lot-state';

/** What every lot decision is given besides its command: the time, who records, and what it may consult. */
export interface LotDecisionContext {
  /** The server's time when the command arrived. */
  readonly now: Date;
  /** The registered party whose API key sent the command; never taken from the request body. */
  readonly actor: Party;
  readonly masterData: MasterDataLookup;
  /** The history of every lot the command touches, loaded by the caller (empty when new). */
  readonly lots: ReadonlyMap<string, readonly RecordedLotEvent[]>;
}

/** An event a decision records, and the lot stream it goes to. A multi-lot fact yields one per lot. */
export interface LotEventFor {
  readonly lotId: string;
  readonly event: LotEvent;
}

const folded = new WeakMap<readonly RecordedLotEvent[], LotState>();

/** The history of a lot the caller loaded; a missing entry is a programming error in the caller. */
export function historyIn(context: LotDecisionContext, lotId: string): readonly RecordedLotEvent[] {
  const history = context.lots.get(lotId);
  if (!history) throw new Error(`Lot ${lotId} was not loaded before deciding`);
  return history;
}

/** The state of a lot the caller loaded, folded once per history. */
export function lotIn(context: LotDecisionContext, lotId: string): LotState {
  const history = historyIn(context, lotId);
  const known = folded.get(history);
  if (known) return known;
  const state = foldLot(lotId, history);
  folded.set(history, state);
  return state;
}

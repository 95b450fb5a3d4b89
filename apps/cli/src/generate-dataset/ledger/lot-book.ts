import {
  DomainError,
  ExistingLot,
  LotDecisionContext,
  LotEventFor,
  MasterDataLookup,
  Party,
  Quantity,
  RecordedLotEvent,
  fromMilli,
  heldBy,
  lotIn,
  occurredAtOf,
} from '#tamga/domain';
import { SeededRandom } from '../seeded-random';
import { EventSink } from '../writing/pending-event';
import { HistoryMap } from './history-map';
import { DatasetRendering, factEpcisHashes } from './fact-epcis-hashes';

/** A pure decide function of libs/domain: the rules every recorded fact passes. */
export type Decide<C> = (command: C, context: LotDecisionContext) => LotEventFor[];

/**
 * The dataset's lots in memory, and the one way facts get into the dataset: each is decided by
 * the real decide function of its use case against the lots' folded histories (as the capture
 * pipeline loads them), and its events go to the sink with the versions they take in their streams.
 * A refusal means the dataset's plan is wrong: it stops the generation, naming the fact.
 */
export class LotBook {
  private readonly histories = new HistoryMap();
  private readonly base: Omit<LotDecisionContext, 'actor'>;
  /** What rendering a fact in EPCIS reads from the book: the world, lots' products, lots' histories. */
  private readonly rendering: DatasetRendering;
  readonly eventsByType = new Map<string, number>();
  facts = 0;

  constructor(
    masterData: MasterDataLookup,
    private readonly random: SeededRandom,
    private readonly sink: EventSink,
    now: Date,
  ) {
    this.base = { now, masterData, lots: this.histories };
    this.rendering = { masterData, productOfLot: (lotId) => this.lot(lotId).productId, history: (lotId) => this.histories.get(lotId) };
  }

  /** Decides a fact as `actor` and records the events it yields; returns them (one per lot touched). */
  record<C>(name: string, decide: Decide<C>, actor: Party, command: C): RecordedLotEvent[] {
    let decided: LotEventFor[];
    try {
      decided = decide(command, { ...this.base, actor });
    } catch (error) {
      const why = error instanceof DomainError ? `${error.code}: ${error.message} ${JSON.stringify(error.details)}` : String(error);
      throw new Error(`The rules refused the dataset's ${name} by ${actor.partyId} (${why}): ${JSON.stringify(command)}`);
    }
    this.facts++;
    // Shared by the copies of a multi-lot fact, as capture's commandId is.
    const commandId = this.random.uuid();
    const records = decided.map(({ lotId, event }) => {
      const history = this.histories.get(lotId);
      const record: RecordedLotEvent = { eventId: this.random.uuid(), version: history.length + 1, actorId: actor.partyId, event };
      if (event.type === 'lot.packed') {
        const productId = this.lot(lotId).productId;
        this.sink.reserveSerials(event.data.serials.map((serial) => ({ productId, serial, lotId, eventId: record.eventId })));
      }
      this.histories.set(lotId, [...history, record]); // a new array: the rules cache folds per history
      this.eventsByType.set(event.type, (this.eventsByType.get(event.type) ?? 0) + 1);
      return { lotId, record };
    });
    // The copies of a multi-lot fact are one fact to seal (ADR 0016), rendered once: one chain map
    // naming all its lots, one signature. A harvest's origin flag is a fact of its own.
    const seals = new Map<object, { fact: string; epcisHashes: string[] }>();
    for (const { lotId, record } of records) {
      if (!seals.has(record.event)) seals.set(record.event, { fact: record.eventId, epcisHashes: factEpcisHashes(lotId, record, this.rendering) });
    }
    for (const { lotId, record } of records) {
      this.sink.add({
        streamId: lotId,
        streamVersion: record.version,
        eventId: record.eventId,
        type: record.event.type,
        schemaVersion: record.event.schemaVersion,
        occurredAt: occurredAtOf(record.event),
        actorId: actor.partyId,
        data: record.event.data,
        metadata: { commandId },
        seal: seals.get(record.event)!,
      });
    }
    return records.map((r) => r.record);
  }

  /** A lot's state as the rules see it now. */
  lot(lotId: string): ExistingLot {
    const state = lotIn({ ...this.base, actor: undefined as never }, lotId);
    if (state.status === 'absent') throw new Error(`The dataset names lot ${lotId} before recording it`);
    return state;
  }

  /** How much of a lot a party holds, in the lot's unit. */
  held(lotId: string, partyId: string): Quantity {
    const lot = this.lot(lotId);
    return fromMilli(heldBy(lot, partyId), lot.unit);
  }

  /** Lets go of every lot: a finished cycle's lots are named by no later fact, and memory stays flat over a million events. */
  forgetAll(): void {
    this.histories.clear();
  }

  get lotsInMemory(): number {
    return this.histories.size;
  }
}

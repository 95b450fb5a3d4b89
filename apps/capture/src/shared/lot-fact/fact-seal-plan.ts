import type { EventEnvelope, EventSealSignature } from '#tamga/contracts';
import { LotEvent, MasterDataLookup, RecordedLotEvent, occurredAtOf } from '#tamga/domain';
import { EpcisEvent, TAMGA_EPCIS_CONTEXT, eventHash, lotProductsOf, lotsTouchedBy, masterDataReferencesOf, renderLotEvent } from '#tamga/epcis';
import { PostgresEventStore } from '#tamga/event-store';
import { signingPayloadObject } from '#tamga/integrity';
import { PendingEvent } from './appends-of';
import { renderingMasterData } from './rendering-master-data';

/** One decided fact as it will be sealed: its EPCIS rendering and hashes, and the payload its signer signs (ADR 0016). */
export interface FactSealPlan {
  /** Shared by the fact's rows (the copies of a multi-lot fact): the store's `seal.fact`. */
  readonly key: string;
  readonly type: string;
  readonly streamIds: readonly string[];
  readonly occurredAt: string;
  readonly epcisEvents: readonly EpcisEvent[];
  readonly epcisHashes: readonly string[];
  readonly signingPayload: Record<string, unknown>;
  /** The decided events of the fact, one per lot. */
  readonly eventIds: readonly string[];
}

/** What rendering the decided facts reads: the master data the decision loaded, and every lot's history. */
export interface FactSealContext {
  readonly masterData: MasterDataLookup;
  /** The lots' histories before the facts (or, in a batch, including earlier facts of it). */
  readonly lots: ReadonlyMap<string, readonly RecordedLotEvent[]>;
  readonly actorId: string;
  readonly now: Date;
}

/**
 * Groups decided events into facts (a multi-lot fact is one event object decided for every lot it
 * touches; a harvest's origin flag is a fact of its own) and renders each once in EPCIS, as it will
 * be recorded: its CBV 2.0 hashes and its signing payload are what a device signs and the seal keeps.
 */
export async function planFactSeals(eventStore: PostgresEventStore, pending: readonly PendingEvent[], context: FactSealContext): Promise<FactSealPlan[]> {
  const facts = new Map<LotEvent, PendingEvent[]>();
  for (const p of pending) {
    const rows = facts.get(p.record.event);
    if (rows) rows.push(p);
    else facts.set(p.record.event, [p]);
  }
  const products = new Map<string, string>();
  const recorded = new Map<string, { lotId: string; record: RecordedLotEvent }>();
  for (const [lotId, history] of context.lots) {
    for (const record of history) {
      for (const [lot, product] of lotProductsOf(record.event)) products.set(lot, product);
      recorded.set(record.eventId, { lotId, record });
    }
  }
  for (const p of pending) for (const [lot, product] of lotProductsOf(p.record.event)) products.set(lot, product);
  const placeIds = new Set<string>();
  for (const event of facts.keys()) {
    for (const id of masterDataReferencesOf(event).placeIds) placeIds.add(id);
    const target = amendedEventId(event);
    const amended = target ? recorded.get(target) : undefined;
    if (amended) for (const id of masterDataReferencesOf(amended.record.event).placeIds) placeIds.add(id);
  }
  const productIds = [...facts.keys()].flatMap((event) => lotsTouchedBy(event).flatMap((lot) => products.get(lot) ?? []));
  const masterData = await renderingMasterData(eventStore, context.masterData, { productIds: [...new Set(productIds)], placeIds: [...placeIds] });
  const envelope = (lotId: string, record: RecordedLotEvent): EventEnvelope => ({
    eventId: record.eventId,
    type: record.event.type,
    schemaVersion: record.event.schemaVersion,
    streamId: lotId,
    streamVersion: record.version,
    globalPosition: '0',
    occurredAt: occurredAtOf(record.event),
    recordedAt: context.now.toISOString(),
    actorId: record.actorId,
    data: record.event.data,
    metadata: {},
  });
  const rendering = {
    masterData,
    productOfLot: (lotId: string) => products.get(lotId),
    recordedEvent: (eventId: string) => {
      const found = recorded.get(eventId);
      return found ? envelope(found.lotId, found.record) : undefined;
    },
  };
  return [...facts.values()].map((rows) => {
    const [first] = rows;
    const epcisEvents = renderLotEvent(envelope(first.lotId, first.record), rendering);
    const epcisHashes = epcisEvents.map((e) => eventHash(e, TAMGA_EPCIS_CONTEXT));
    const streamIds = [...new Set(rows.map((r) => r.lotId))].sort();
    const occurredAt = new Date(occurredAtOf(first.record.event)).toISOString();
    const type = first.record.event.type;
    return {
      key: first.record.eventId,
      type,
      streamIds,
      occurredAt,
      epcisEvents,
      epcisHashes,
      signingPayload: signingPayloadObject({ type, streamIds, occurredAt, actorId: context.actorId, epcisHashes }),
      eventIds: rows.map((r) => r.record.eventId),
    };
  });
}

function amendedEventId(event: LotEvent): string | undefined {
  if (event.type === 'lot.corrected') return event.data.correctsEventId;
  if (event.type === 'lot.retracted') return event.data.retractsEventId;
  return undefined;
}

/**
 * The decided events with what the store needs to seal them: each fact's key and EPCIS hashes, and
 * the device's signature on the first fact (the one the device asked for). A fact the server derived
 * from it (a harvest's origin flag) is the server's statement and is signed by the server.
 */
export function withSeals(pending: readonly PendingEvent[], plans: readonly FactSealPlan[], signature: EventSealSignature | undefined): PendingEvent[] {
  const planOf = new Map(plans.flatMap((plan, index) => plan.eventIds.map((id) => [id, { plan, index }] as const)));
  return pending.map((p) => {
    const { plan, index } = planOf.get(p.record.eventId)!;
    return { ...p, seal: { fact: plan.key, epcisHashes: plan.epcisHashes, ...(index === 0 && signature ? { signature } : {}) } };
  });
}

/** What `?dryRun=true` answers: the fact as it would be recorded, and exactly what its signer signs. */
export function dryRunView(plan: FactSealPlan) {
  return { epcisEvents: plan.epcisEvents, epcisHashes: plan.epcisHashes, signingPayload: plan.signingPayload, streamIds: plan.streamIds, occurredAt: plan.occurredAt };
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DomainError, DomainErrorDetail, DomainErrorKind, RecordedLotEvent, foldLot } from '#tamga/domain';
import { PostgresEventStore, StoredEvent } from '#tamga/event-store';
import { answerOnce, claimOf } from '../answer-once';
import { decideAgainOnRace } from './decide-again-on-race';
import { CommandResult } from '../command-result';
import { toRecordedLotEvent } from '../lot-history';
import { loadMasterDataAndKeys } from '../master-data-loader';
import { planFactSeals, withSeals } from './fact-seal-plan';
import { factSignature } from './fact-signature';
import { reserveUnitSerials } from './reserve-unit-serials';
import { PendingEvent, appendsOf } from './appends-of';
import { viewOf } from './recorded-event-view';
import { registeredActor } from './registered-actor';
import { BatchItem, RecordLotFactBatchCommand } from './record-lot-fact-batch.command';


/** What became of one fact of a batch. */
type ItemOutcome =
  | { readonly status: 'recorded' | 'already-recorded'; readonly eventIds: readonly string[] }
  | { readonly status: 'rejected'; readonly problem: DomainError; readonly at: string };

/**
 * Decides the facts of a batch in order, each against the lots as the facts before it left them
 * (an offline device records a harvest, then ships it), and appends every accepted event in one
 * transaction. A fact whose client event id this actor already recorded is reported, not recorded
 * again, so uploading a batch twice creates nothing new. All or none by default; in `keep-valid`
 * mode the valid facts are kept and each rejected one is reported with its reason.
 */
@CommandHandler(RecordLotFactBatchCommand)
export class RecordLotFactBatchHandler implements ICommandHandler<RecordLotFactBatchCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RecordLotFactBatchCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, () => decideAgainOnRace(() => this.decideAndAppend(command, claim)));
  }

  private async decideAndAppend(command: RecordLotFactBatchCommand, claim: ReturnType<typeof claimOf>): Promise<CommandResult> {
    const { items } = command;
    const lotIds = [...new Set(items.flatMap((item) => item.useCase.lotIds(item.command as never)))];
    const needs = items.map((item) => item.useCase.needs(item.command as never));
    // Each id once: the loader reads what it is given, and a village's specialisations named by
    // 500 harvests were loaded 500 times, so every harvest's origin check filtered them all
    // (quadratic in the batch; a flag listed each registered product as often as it was loaded).
    const merge = (key: keyof (typeof needs)[number]) => [...new Set(needs.flatMap((n) => n[key] ?? []))];
    const clientEventIds = items.flatMap((item) => (item.clientEventId ? [item.clientEventId] : []));
    const [streams, { masterData, signingKeys }, earlier] = await Promise.all([
      this.eventStore.readStreams(lotIds),
      loadMasterDataAndKeys(
        this.eventStore,
        { productIds: merge('productIds'), placeIds: merge('placeIds'), partyIds: merge('partyIds'), schemeIds: merge('schemeIds'), villageIds: merge('villageIds') },
        command.actorId,
      ),
      this.eventStore.findByClientEventIds(command.actorId, clientEventIds),
    ]);
    const actor = registeredActor(masterData.party(command.actorId), command.actorId);
    const loaded = new Map(lotIds.map((id) => [id, (streams.get(id) ?? []).map(toRecordedLotEvent)]));
    const lots = new Map<string, readonly RecordedLotEvent[]>(loaded);
    const now = new Date();
    const outcomes: ItemOutcome[] = [];
    const pending: PendingEvent[] = [];
    for (const item of items) {
      const already = earlier.filter((e) => e.metadata.clientEventId === item.clientEventId);
      if (item.clientEventId && already.length > 0) {
        outcomes.push({ status: 'already-recorded', eventIds: already.map((e) => e.eventId) });
        continue;
      }
      let at = item.at;
      try {
        const decided = item.useCase.decide(item.command as never, { now, actor, masterData, lots });
        const versions = new Map<string, number>();
        const records = decided.map(({ lotId, event }) => {
          const version = (versions.get(lotId) ?? lots.get(lotId)?.length ?? 0) + 1;
          versions.set(lotId, version);
          const record: RecordedLotEvent = { eventId: randomUUID(), version, actorId: actor.partyId, event };
          return { lotId, record, clientEventId: item.clientEventId };
        });
        const plans = await planFactSeals(this.eventStore, records, { masterData, lots, actorId: command.actorId, now });
        at = '';
        const signature = await factSignature(plans[0], item.signature, signingKeys, command.actorId, now, item.signatureAt ?? `${item.at}.signature`);
        // Only an accepted fact moves its lots on: a later fact of the batch decides on it.
        for (const { lotId, record } of records) lots.set(lotId, [...(lots.get(lotId) ?? []), record]); // a new array: decisions cache the fold per history
        pending.push(...withSeals(records, plans, signature));
        outcomes.push({ status: 'recorded', eventIds: records.map((r) => r.record.eventId) });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        outcomes.push({ status: 'rejected', problem: error, at });
      }
    }
    const rejected = outcomes.flatMap((o, i) => (o.status === 'rejected' ? [{ item: items[i], problem: o.problem, at: o.at }] : []));
    if (command.mode === 'all-or-nothing' && rejected.length > 0) throw batchRefusal(rejected);
    const outcome = await this.eventStore.append(appendsOf(pending, loaded), {
      actorId: command.actorId,
      metadata: { commandId: randomUUID(), ...(claim ? { idempotencyKey: claim.key } : {}) },
      idempotency: claim,
      inTransaction: reserveUnitSerials((lotId) => foldLot(lotId, lots.get(lotId) ?? [])),
      respond: (stored) => ({
        status: pending.length > 0 ? 201 : 200,
        body: { recorded: stored.map(viewOf), results: resultsOf(items, outcomes, stored, earlier) },
      }),
    });
    return { ...outcome.response, replayed: outcome.replayed };
  }
}

function resultsOf(items: readonly BatchItem[], outcomes: readonly ItemOutcome[], stored: readonly StoredEvent[], earlier: readonly StoredEvent[]) {
  const byId = new Map([...stored, ...earlier].map((e) => [e.eventId, e]));
  return outcomes.map((o, index) => ({
    index,
    ...(items[index].clientEventId ? { clientEventId: items[index].clientEventId } : {}),
    status: o.status,
    ...(o.status === 'rejected'
      ? { problem: { code: o.problem.code, title: o.problem.message, errors: prefixed(o.problem.details, o.at) } }
      : { events: o.eventIds.map((id) => viewOf(byId.get(id)!)) }),
  }));
}

/** The details with each field placed in the request; a signature refusal names its field in full already (at = ''). */
function prefixed(details: readonly DomainErrorDetail[], at: string): DomainErrorDetail[] {
  if (at === '') return [...details];
  return details.map((d) => ({ ...d, field: d.field ? `${at}.${d.field}` : at }));
}

/** Every refusal of an all-or-nothing batch at once, each field prefixed with its fact's place. */
function batchRefusal(rejected: readonly { item: BatchItem; problem: DomainError; at: string }[]): DomainError {
  const kinds = [...new Set(rejected.map((r) => r.problem.kind))];
  const kind: DomainErrorKind = kinds.length === 1 ? kinds[0] : kinds.includes('forbidden') ? 'forbidden' : kinds.includes('invalid') ? 'invalid' : 'conflict';
  const details = rejected.flatMap((r) => prefixed(r.problem.details, r.at).map((d) => ({ ...d, code: r.problem.code })));
  return new DomainError('BATCH.REFUSED', kind, `${rejected.length} fact(s) of the batch refused; nothing was recorded`, details);
}

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DomainError, LotEventFor, Party, RecordedLotEvent, occurredAtOf } from '#tamga/domain';
import { PostgresEventStore, StoredEvent, StreamAppend } from '#tamga/event-store';
import { answerOnce, claimOf } from '../answer-once';
import { CommandResult } from '../command-result';
import { toRecordedLotEvent } from '../lot-history';
import { loadMasterData } from '../master-data-loader';
import { RecordLotFactCommand } from './record-lot-fact.command';

/** How often a fact is decided again after another command moved one of its lots first. */
const ATTEMPTS = 3;

/** One recorded event, as the capture API answers it. */
export interface RecordedEventView {
  readonly lotId: string;
  readonly eventId: string;
  readonly type: string;
  readonly version: number;
  readonly globalPosition: string;
}

/**
 * Every lot fact runs the same way: load the lots it touches and the master data it names, decide,
 * and append every event to its lot with that lot's expected version, all in one transaction. When
 * another command moved one of the lots in between, the fact is decided again on the new state (a
 * sale and a shipment of one lot may both fit); after a few tries the conflict is answered.
 */
@CommandHandler(RecordLotFactCommand)
export class RecordLotFactHandler implements ICommandHandler<RecordLotFactCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RecordLotFactCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return await this.decideAndAppend(command, claim);
        } catch (error) {
          const retry = error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT' && attempt < ATTEMPTS;
          if (!retry) throw error;
        }
      }
    });
  }

  private async decideAndAppend(command: RecordLotFactCommand, claim: ReturnType<typeof claimOf>): Promise<CommandResult> {
    const { useCase } = command;
    const lotIds = [...new Set(useCase.lotIds(command.command))];
    const needs = useCase.needs(command.command);
    const [streams, masterData] = await Promise.all([
      this.eventStore.readStreams(lotIds),
      loadMasterData(this.eventStore, { ...needs, partyIds: [...(needs.partyIds ?? []), command.actorId] }),
    ]);
    const actor = registeredActor(masterData.party(command.actorId), command.actorId);
    const lots = new Map<string, RecordedLotEvent[]>(lotIds.map((id) => [id, (streams.get(id) ?? []).map(toRecordedLotEvent)]));
    const decided = useCase.decide(command.command, { now: new Date(), actor, masterData, lots });
    const outcome = await this.eventStore.append(appendsOf(decided, lots), {
      actorId: command.actorId,
      metadata: { commandId: randomUUID(), ...(claim ? { idempotencyKey: claim.key } : {}) },
      idempotency: claim,
      respond: (stored) => ({ status: 201, body: { recorded: stored.map(viewOf) } }),
    });
    return { ...outcome.response, replayed: outcome.replayed };
  }
}

/** The actor's party as the rules need it; a key whose party is gone cannot record (403). */
export function registeredActor(party: Party | undefined, actorId: string): Party {
  if (!party) {
    throw new DomainError('ACCESS.UNKNOWN_PARTY', 'forbidden', `The key's party ${actorId} is not registered`, [
      { rule: 'registered-actor', message: 'the party this key belongs to is not registered', partyId: actorId },
    ]);
  }
  return party;
}

/** Groups decided events by lot, in decision order, each lot at the version it was loaded at. */
export function appendsOf(decided: readonly LotEventFor[], lots: ReadonlyMap<string, readonly RecordedLotEvent[]>): StreamAppend[] {
  const byLot = new Map<string, LotEventFor[]>();
  for (const item of decided) byLot.set(item.lotId, [...(byLot.get(item.lotId) ?? []), item]);
  return [...byLot].map(([lotId, items]) => ({
    streamId: lotId,
    expectedVersion: lots.get(lotId)?.length ?? 0,
    events: items.map(({ event }) => ({ ...event, eventId: randomUUID(), occurredAt: occurredAtOf(event) })),
  }));
}

export function viewOf(stored: StoredEvent): RecordedEventView {
  return { lotId: stored.streamId, eventId: stored.eventId, type: stored.type, version: stored.streamVersion, globalPosition: stored.globalPosition };
}

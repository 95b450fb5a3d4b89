import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { DomainError, decideRecordHarvest } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { answerOnce, claimOf, lotTaken } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { loadLot } from '../shared/lot-stream';
import { HarvestRecordedResponse } from './harvest-recorded.response';
import { RecordHarvestCommand } from './record-harvest.command';

/** Load the lot, decide, append with the expected version; a retry gets the first answer. */
@CommandHandler(RecordHarvestCommand)
export class RecordHarvestHandler implements ICommandHandler<RecordHarvestCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RecordHarvestCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, async () => {
      const lot = await loadLot(this.eventStore, command.harvest.lotId);
      const events = decideRecordHarvest(command.harvest, lot.state, { now: new Date(), actorId: command.actorId });
      const outcome = await this.eventStore
        .append(
          [
            {
              streamId: command.harvest.lotId,
              expectedVersion: lot.version,
              events: events.map((e) => ({ ...e, eventId: randomUUID(), occurredAt: e.data.harvestedAt })),
            },
          ],
          {
            actorId: command.actorId,
            metadata: { commandId: randomUUID(), ...(claim ? { idempotencyKey: claim.key } : {}) },
            idempotency: claim,
            respond: ([stored]) => ({
              status: 201,
              body: {
                lotId: stored.streamId,
                eventId: stored.eventId,
                version: stored.streamVersion,
                globalPosition: stored.globalPosition,
              } satisfies HarvestRecordedResponse,
            }),
          },
        )
        .catch((error: unknown) => {
          // Another command created this lot between our read and our append.
          if (error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT') throw lotTaken(command.harvest.lotId, 'lotId');
          throw error;
        });
      return { ...outcome.response, replayed: outcome.replayed };
    });
  }
}

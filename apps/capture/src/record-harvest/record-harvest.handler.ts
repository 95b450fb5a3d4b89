import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { decideRecordHarvest } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { CommandResult } from '../shared/command-result';
import { loadLot } from '../shared/lot-stream';
import { HarvestRecordedResponse } from './harvest-recorded.response';
import { RecordHarvestCommand } from './record-harvest.command';

/** Load the lot, decide, append with the expected version; a retry gets the first answer. */
@CommandHandler(RecordHarvestCommand)
export class RecordHarvestHandler implements ICommandHandler<RecordHarvestCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  async execute(command: RecordHarvestCommand): Promise<CommandResult> {
    const scope = command.actorId ?? 'anonymous';
    const claim = command.idempotencyKey
      ? { scope, key: command.idempotencyKey, requestHash: command.requestHash }
      : undefined;
    if (claim) {
      const earlier = await this.eventStore.findIdempotentResponse(claim);
      if (earlier) return { ...earlier, replayed: true };
    }
    const lot = await loadLot(this.eventStore, command.harvest.lotId);
    const events = decideRecordHarvest(command.harvest, lot.state, { now: new Date(), actorId: command.actorId });
    const commandId = randomUUID();
    const outcome = await this.eventStore.append(
      [
        {
          streamId: command.harvest.lotId,
          expectedVersion: lot.version,
          events: events.map((e) => ({ ...e, eventId: randomUUID(), occurredAt: e.data.harvestedAt })),
        },
      ],
      {
        actorId: command.actorId,
        metadata: { commandId, ...(claim ? { idempotencyKey: claim.key } : {}) },
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
    );
    return { ...outcome.response, replayed: outcome.replayed };
  }
}

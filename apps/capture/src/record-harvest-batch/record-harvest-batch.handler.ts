import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { ABSENT_LOT, DomainError, DomainErrorDetail, LotHarvested, decideRecordHarvest } from '#tamga/domain';
import { PostgresEventStore } from '#tamga/event-store';
import { answerOnce, claimOf, lotTaken } from '../shared/answer-once';
import { CommandResult } from '../shared/command-result';
import { RecordHarvestBatchCommand } from './record-harvest-batch.command';

/**
 * Decides every harvest of a batch, reports every refusal at once (each field prefixed with its
 * place in the batch), and appends all of them in one transaction. Each harvest must create a
 * new lot: the append's expected version 0 refuses a lot id that is already taken.
 */
@CommandHandler(RecordHarvestBatchCommand)
export class RecordHarvestBatchHandler implements ICommandHandler<RecordHarvestBatchCommand, CommandResult> {
  constructor(private readonly eventStore: PostgresEventStore) {}

  execute(command: RecordHarvestBatchCommand): Promise<CommandResult> {
    const claim = claimOf(command.actorId, command.idempotencyKey, command.requestHash);
    return answerOnce(this.eventStore, claim, async () => {
      const decided = decideAll(command);
      const outcome = await this.eventStore
        .append(
          decided.map((event) => ({
            streamId: event.data.lotId,
            expectedVersion: 0,
            events: [{ ...event, eventId: randomUUID(), occurredAt: event.data.harvestedAt }],
          })),
          {
            actorId: command.actorId,
            metadata: { commandId: randomUUID(), ...(claim ? { idempotencyKey: claim.key } : {}) },
            idempotency: claim,
            respond: (stored) => ({
              status: 201,
              body: {
                recorded: stored.map((e) => ({
                  lotId: e.streamId,
                  eventId: e.eventId,
                  version: e.streamVersion,
                  globalPosition: e.globalPosition,
                })),
              },
            }),
          },
        )
        .catch((error: unknown) => {
          throw error instanceof DomainError && error.code === 'STREAM.VERSION_CONFLICT' ? takenLots(command, error) : error;
        });
      return { ...outcome.response, replayed: outcome.replayed };
    });
  }
}

// Names each harvest whose lot id is taken by its place in the batch.
function takenLots(command: RecordHarvestBatchCommand, conflict: DomainError): DomainError {
  const taken = new Set(conflict.details.map((d) => d.streamId));
  const details = command.harvests.flatMap((h, i) => (taken.has(h.lotId) ? lotTaken(h.lotId, `harvests[${i}].lotId`).details : []));
  return new DomainError('LOT.ALREADY_EXISTS', 'conflict', 'A lot id in the batch is taken; nothing was recorded', details.length > 0 ? details : conflict.details);
}

function decideAll(command: RecordHarvestBatchCommand): LotHarvested[] {
  const now = new Date();
  const problems: DomainErrorDetail[] = [];
  const events: LotHarvested[] = [];
  const seen = new Map<string, number>();
  command.harvests.forEach((harvest, index) => {
    const at = `harvests[${index}]`;
    const first = seen.get(harvest.lotId);
    if (first !== undefined) {
      problems.push({ field: `${at}.lotId`, rule: 'unique-in-batch', message: `repeats the lot id of harvests[${first}]` });
      return;
    }
    seen.set(harvest.lotId, index);
    try {
      events.push(...decideRecordHarvest(harvest, ABSENT_LOT, { now, actorId: command.actorId }));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      problems.push(...error.details.map((d) => ({ ...d, field: d.field ? `${at}.${d.field}` : at })));
    }
  });
  if (problems.length > 0) {
    throw new DomainError('BATCH.INVALID', 'invalid', `${problems.length} problem(s) in the batch; nothing was recorded`, problems);
  }
  return events;
}

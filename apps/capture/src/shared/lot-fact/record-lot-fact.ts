import { CommandBus } from '@nestjs/cqrs';
import { ReplyLike } from '#tamga/platform';
import { CommandResult } from '../command-result';
import { idempotencyKeyFrom } from '../idempotency-key';
import { hashRequest } from '../request-hash';
import { sendCommandResult } from '../send-command-result';
import { LotFactUseCase } from './lot-fact-use-case';
import { RecordLotFactCommand } from './record-lot-fact.command';
import { LotFactSigning, UNSIGNED } from './lot-fact-signing';

/** What every lot-fact controller does: bind the retry key to what was sent, run the pipeline, answer. */
export async function recordLotFact<TCommand>(
  commandBus: CommandBus,
  reply: ReplyLike,
  request: {
    useCase: LotFactUseCase<TCommand>;
    command: TCommand;
    sent: unknown;
    actorId: string;
    idempotencyHeader: string | undefined;
    /** The Tamga-Signature header and ?dryRun, from @FactSigning(). */
    signing?: LotFactSigning;
  },
): Promise<void> {
  const idempotencyKey = idempotencyKeyFrom(request.idempotencyHeader);
  // The hash covers what the client sent (path and body), before any id is generated for it.
  const requestHash = idempotencyKey ? hashRequest({ useCase: request.useCase.name, sent: request.sent }) : '';
  const result = await commandBus.execute<RecordLotFactCommand<TCommand>, CommandResult>(
    new RecordLotFactCommand(request.useCase, request.command, request.actorId, idempotencyKey, requestHash, request.signing ?? UNSIGNED),
  );
  sendCommandResult(reply, result);
}

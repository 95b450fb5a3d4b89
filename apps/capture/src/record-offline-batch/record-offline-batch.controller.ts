import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReplyLike, RequestValidationError } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { BatchItem, RecordLotFactBatchCommand } from '../shared/lot-fact/record-lot-fact-batch.command';
import { newFactId } from '../shared/new-fact-id';
import { newLotId } from '../shared/new-lot-id';
import { hashRequest } from '../shared/request-hash';
import { sendCommandResult } from '../shared/send-command-result';
import { FACT_KINDS } from './fact-kinds';
import { RecordOfflineBatchRequestDto } from './record-offline-batch.request.dto';
import { commandOfFact } from './validate-fact';

/** POST /lot-facts/batch: facts a field device recorded offline, uploaded together, safely repeatable. */
@ApiTags('lots')
@Controller()
export class RecordOfflineBatchController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lot-facts/batch')
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: 'Facts were recorded: one result per fact, in order (recorded, already-recorded or rejected)' })
  @ApiOkResponse({ description: 'Nothing new: every fact was already recorded (or, in keep-valid mode, rejected)' })
  async record(
    @Body() body: RecordOfflineBatchRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const problems = [];
    const items: BatchItem[] = [];
    for (const [index, fact] of body.facts.entries()) {
      const kind = FACT_KINDS[fact.kind];
      const at = `facts[${index}].fact`;
      const checked = commandOfFact(kind, fact.fact, at, {
        actorId: actor.partyId,
        newId: (prefix) => (prefix === 'L' ? newLotId() : newFactId(prefix)),
      });
      problems.push(...checked.problems);
      items.push({
        useCase: kind.useCase,
        command: checked.command,
        at,
        ...(fact.clientEventId ? { clientEventId: fact.clientEventId } : {}),
        ...(fact.signature !== undefined ? { signature: fact.signature } : {}),
        signatureAt: `facts[${index}].signature`,
      });
    }
    // A fact that is not even well-formed is refused in every mode: the device has a bug to fix.
    if (problems.length > 0) throw new RequestValidationError(problems);
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = idempotencyKey ? hashRequest(body) : '';
    const result = await this.commandBus.execute<RecordLotFactBatchCommand, CommandResult>(
      new RecordLotFactBatchCommand(items, body.mode ?? 'all-or-nothing', actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

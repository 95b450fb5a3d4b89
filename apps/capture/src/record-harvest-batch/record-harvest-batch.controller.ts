import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { RECORD_HARVEST } from '../record-harvest/record-harvest.use-case';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { RecordLotFactBatchCommand } from '../shared/lot-fact/record-lot-fact-batch.command';
import { newLotId } from '../shared/new-lot-id';
import { hashRequest } from '../shared/request-hash';
import { sendCommandResult } from '../shared/send-command-result';
import { RecordHarvestBatchRequestDto } from './record-harvest-batch.request.dto';

/** POST /harvests/batch: many harvests at once (a collection round), all or none. */
@ApiTags('lots')
@Controller('harvests/batch')
export class RecordHarvestBatchController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiBearerAuth()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: 'Every harvest was recorded; one result per harvest, in order' })
  async record(
    @Body() body: RecordHarvestBatchRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    // Hashed only when there is a key to bind it to: it costs a canonical JSON of the whole body.
    const requestHash = idempotencyKey ? hashRequest(body) : '';
    const items = body.harvests.map((h, i) => ({
      useCase: RECORD_HARVEST,
      command: { ...h, lotId: h.lotId ?? newLotId(), producerId: h.producerId ?? actor.partyId },
      at: `harvests[${i}]`,
    }));
    const result = await this.commandBus.execute<RecordLotFactBatchCommand, CommandResult>(
      new RecordLotFactBatchCommand(items, 'all-or-nothing', actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

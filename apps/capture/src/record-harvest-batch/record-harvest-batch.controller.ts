import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiHeader, ApiTags } from '@nestjs/swagger';
import { hashRequest } from '../shared/request-hash';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { newLotId } from '../shared/new-lot-id';
import { ReplyLike } from '#tamga/platform';
import { sendCommandResult } from '../shared/send-command-result';
import { RecordHarvestBatchCommand } from './record-harvest-batch.command';
import { RecordHarvestBatchRequestDto } from './record-harvest-batch.request.dto';

/** POST /harvests/batch: many harvests at once, all or none. */
@ApiTags('lots')
@Controller('harvests/batch')
export class RecordHarvestBatchController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: 'Every harvest was recorded; one entry per harvest, in order' })
  async record(
    @Body() body: RecordHarvestBatchRequestDto,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    // Hashed only when there is a key to bind it to: it costs a canonical JSON of the whole body.
    const requestHash = idempotencyKey ? hashRequest(body) : '';
    const harvests = body.harvests.map((h) => ({ ...h, lotId: h.lotId ?? newLotId() }));
    const result = await this.commandBus.execute<RecordHarvestBatchCommand, CommandResult>(
      new RecordHarvestBatchCommand(harvests, null, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

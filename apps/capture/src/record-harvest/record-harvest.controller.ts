import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { hashRequest } from '../shared/request-hash';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { newLotId } from '../shared/new-lot-id';
import { ReplyLike } from '#tamga/platform';
import { sendCommandResult } from '../shared/send-command-result';
import { HarvestRecordedResponse } from './harvest-recorded.response';
import { RecordHarvestCommand } from './record-harvest.command';
import { RecordHarvestRequestDto } from './record-harvest.request.dto';

/** POST /harvests: a village harvest becomes a new lot. */
@ApiTags('lots')
@Controller('harvests')
export class RecordHarvestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: HarvestRecordedResponse })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiConflictResponse({ description: 'The lot id is taken' })
  async record(
    @Body() body: RecordHarvestRequestDto,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    // The hash covers what the client sent, before a lot id is generated for it.
    // Hashed only when there is a key to bind it to: it costs a canonical JSON of the whole body.
    const requestHash = idempotencyKey ? hashRequest(body) : '';
    const harvest = { ...body, lotId: body.lotId ?? newLotId() };
    const result = await this.commandBus.execute<RecordHarvestCommand, CommandResult>(
      new RecordHarvestCommand(harvest, null, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

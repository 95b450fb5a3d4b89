import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { newFactId } from '../shared/new-fact-id';
import { RecordMergeRequestDto } from './record-merge.request.dto';
import { RECORD_MERGE } from './record-merge.use-case';

/** POST /merges: lots of one product pooled into a new lot. */
@ApiTags('lots')
@Controller()
export class RecordMergeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('merges')
  @LotFactResponses('Lots of one product pooled into a new lot')
  record(
    @Body() body: RecordMergeRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_MERGE,
      command: { ...body, transformationId: body.transformationId ?? newFactId('merge') },
      sent: { body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

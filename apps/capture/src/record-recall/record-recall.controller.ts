import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { newFactId } from '../shared/new-fact-id';
import { RecordRecallRequestDto } from './record-recall.request.dto';
import { RECORD_RECALL } from './record-recall.use-case';

/** POST /lots/{lotId}/recalls: the lot or some of its units recalled. */
@ApiTags('lots')
@Controller()
export class RecordRecallController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/recalls')
  @LotFactResponses('The lot or some of its units recalled')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RecordRecallRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_RECALL,
      command: { ...body, lotId, recallId: body.recallId ?? newFactId('recall') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

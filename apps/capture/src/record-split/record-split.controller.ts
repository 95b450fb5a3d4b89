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
import { RecordSplitRequestDto } from './record-split.request.dto';
import { RECORD_SPLIT } from './record-split.use-case';

/** POST /splits: a lot divided into new lots of the same product. */
@ApiTags('lots')
@Controller()
export class RecordSplitController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('splits')
  @LotFactResponses('A lot divided into new lots of the same product')
  record(
    @Body() body: RecordSplitRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_SPLIT,
      command: { ...body, transformationId: body.transformationId ?? newFactId('split') },
      sent: { body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

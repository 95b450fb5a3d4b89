import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { CorrectEventRequestDto } from './correct-event.request.dto';
import { CORRECT_EVENT } from './correct-event.use-case';

/** POST /lots/{lotId}/corrections: the right quantity for an earlier event. */
@ApiTags('lots')
@Controller()
export class CorrectEventController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/corrections')
  @LotFactResponses('The right quantity for an earlier event')
  record(
    @Param('lotId') lotId: string,
    @Body() body: CorrectEventRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: CORRECT_EVENT,
      command: { ...body, lotId },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

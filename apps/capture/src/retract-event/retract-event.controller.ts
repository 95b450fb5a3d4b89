import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { RetractEventRequestDto } from './retract-event.request.dto';
import { RETRACT_EVENT } from './retract-event.use-case';

/** POST /lots/{lotId}/retractions: an earlier event taken back. */
@ApiTags('lots')
@Controller()
export class RetractEventController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/retractions')
  @LotFactResponses('An earlier event taken back')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RetractEventRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RETRACT_EVENT,
      command: { ...body, lotId },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

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
import { PlaceHoldRequestDto } from './place-hold.request.dto';
import { PLACE_HOLD } from './place-hold.use-case';

/** POST /lots/{lotId}/holds: the lot may not be used until released. */
@ApiTags('lots')
@Controller()
export class PlaceHoldController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/holds')
  @LotFactResponses('The lot may not be used until released')
  record(
    @Param('lotId') lotId: string,
    @Body() body: PlaceHoldRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: PLACE_HOLD,
      command: { ...body, lotId, holdId: body.holdId ?? newFactId('hold') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { ReleaseHoldRequestDto } from './release-hold.request.dto';
import { RELEASE_HOLD } from './release-hold.use-case';

/** POST /lots/{lotId}/holds/{holdId}/release: a hold lifted. */
@ApiTags('lots')
@Controller()
export class ReleaseHoldController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/holds/:holdId/release')
  @LotFactResponses('A hold lifted')
  record(
    @Param('lotId') lotId: string,
    @Param('holdId') holdId: string,
    @Body() body: ReleaseHoldRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RELEASE_HOLD,
      command: { ...body, lotId, holdId },
      sent: { lotId, holdId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

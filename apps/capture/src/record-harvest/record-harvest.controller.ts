import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { newLotId } from '../shared/new-lot-id';
import { RecordHarvestRequestDto } from './record-harvest.request.dto';
import { RECORD_HARVEST } from './record-harvest.use-case';

/** POST /harvests: a village harvest becomes a new lot. */
@ApiTags('lots')
@Controller()
export class RecordHarvestController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('harvests')
  @LotFactResponses('The new lot (and an origin flag, when the village is not registered for the product)')
  record(
    @Body() body: RecordHarvestRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_HARVEST,
      command: { ...body, lotId: body.lotId ?? newLotId(), producerId: body.producerId ?? actor.partyId },
      sent: body,
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

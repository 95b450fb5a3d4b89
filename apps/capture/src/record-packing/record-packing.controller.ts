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
import { RecordPackingRequestDto } from './record-packing.request.dto';
import { RECORD_PACKING } from './record-packing.use-case';

/** POST /lots/{lotId}/packings: part of a lot packed into serialised units. */
@ApiTags('lots')
@Controller()
export class RecordPackingController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/packings')
  @LotFactResponses('Part of a lot packed into serialised units')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RecordPackingRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_PACKING,
      command: { ...body, lotId, packingId: body.packingId ?? newFactId('packing') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

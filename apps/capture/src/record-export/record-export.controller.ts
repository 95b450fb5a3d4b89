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
import { RecordExportRequestDto } from './record-export.request.dto';
import { RECORD_EXPORT } from './record-export.use-case';

/** POST /exports: lots left Kyrgyzstan for a buyer abroad. */
@ApiTags('lots')
@Controller()
export class RecordExportController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('exports')
  @LotFactResponses('Lots left Kyrgyzstan for a buyer abroad')
  record(
    @Body() body: RecordExportRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_EXPORT,
      command: { ...body, shipmentId: body.shipmentId ?? newFactId('export') },
      sent: { body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

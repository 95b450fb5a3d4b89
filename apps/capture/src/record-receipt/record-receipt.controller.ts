import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { RecordReceiptRequestDto } from './record-receipt.request.dto';
import { RECORD_RECEIPT } from './record-receipt.use-case';

/** POST /shipments/{shipmentId}/receipts: the addressee takes custody of what arrived. */
@ApiTags('lots')
@Controller()
export class RecordReceiptController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('shipments/:shipmentId/receipts')
  @LotFactResponses('The addressee takes custody of what arrived')
  record(
    @Param('shipmentId') shipmentId: string,
    @Body() body: RecordReceiptRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_RECEIPT,
      command: { ...body, shipmentId },
      sent: { shipmentId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

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
import { RecordShipmentRequestDto } from './record-shipment.request.dto';
import { RECORD_SHIPMENT } from './record-shipment.use-case';

/** POST /shipments: lots sent to another party, in transit until received. */
@ApiTags('lots')
@Controller()
export class RecordShipmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('shipments')
  @LotFactResponses('Lots sent to another party, in transit until received')
  record(
    @Body() body: RecordShipmentRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_SHIPMENT,
      command: { ...body, shipmentId: body.shipmentId ?? newFactId('shipment') },
      sent: { body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

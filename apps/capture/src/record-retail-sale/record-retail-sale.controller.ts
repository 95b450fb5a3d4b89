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
import { RecordRetailSaleRequestDto } from './record-retail-sale.request.dto';
import { RECORD_RETAIL_SALE } from './record-retail-sale.use-case';

/** POST /lots/{lotId}/sales: a shop sold some of the lot. */
@ApiTags('lots')
@Controller()
export class RecordRetailSaleController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/sales')
  @LotFactResponses('A shop sold some of the lot')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RecordRetailSaleRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_RETAIL_SALE,
      command: { ...body, lotId, saleId: body.saleId ?? newFactId('sale') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

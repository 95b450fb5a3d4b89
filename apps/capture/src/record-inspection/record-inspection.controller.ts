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
import { RecordInspectionRequestDto } from './record-inspection.request.dto';
import { RECORD_INSPECTION } from './record-inspection.use-case';

/** POST /lots/{lotId}/inspections: a lab test or inspection. */
@ApiTags('lots')
@Controller()
export class RecordInspectionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/inspections')
  @LotFactResponses('A lab test or inspection')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RecordInspectionRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_INSPECTION,
      command: { ...body, lotId, inspectionId: body.inspectionId ?? newFactId('inspection') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

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
import { RecordTransformationRequestDto } from './record-transformation.request.dto';
import { RECORD_TRANSFORMATION } from './record-transformation.use-case';

/** POST /transformations: input lots turned into new lots by a process. */
@ApiTags('lots')
@Controller()
export class RecordTransformationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('transformations')
  @LotFactResponses('Input lots turned into new lots by a process')
  record(
    @Body() body: RecordTransformationRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_TRANSFORMATION,
      command: { ...body, transformationId: body.transformationId ?? newFactId('transformation') },
      sent: { body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

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
import { RecordCertificationRequestDto } from './record-certification.request.dto';
import { RECORD_CERTIFICATION } from './record-certification.use-case';

/** POST /lots/{lotId}/certifications: certified under a scheme for a period. */
@ApiTags('lots')
@Controller()
export class RecordCertificationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/certifications')
  @LotFactResponses('Certified under a scheme for a period')
  record(
    @Param('lotId') lotId: string,
    @Body() body: RecordCertificationRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: RECORD_CERTIFICATION,
      command: { ...body, lotId, certificateId: body.certificateId ?? newFactId('certificate') },
      sent: { lotId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

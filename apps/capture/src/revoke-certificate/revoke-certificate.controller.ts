import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { LotFactResponses } from '../shared/lot-fact/lot-fact-responses';
import { recordLotFact } from '../shared/lot-fact/record-lot-fact';
import { FactSigning, LotFactSigning } from '../shared/lot-fact/lot-fact-signing';
import { RevokeCertificateRequestDto } from './revoke-certificate.request.dto';
import { REVOKE_CERTIFICATE } from './revoke-certificate.use-case';

/** POST /lots/{lotId}/certifications/{certificateId}/revocation: a certificate withdrawn. */
@ApiTags('lots')
@Controller()
export class RevokeCertificateController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post('lots/:lotId/certifications/:certificateId/revocation')
  @LotFactResponses('A certificate withdrawn')
  record(
    @Param('lotId') lotId: string,
    @Param('certificateId') certificateId: string,
    @Body() body: RevokeCertificateRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @FactSigning() signing: LotFactSigning,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    return recordLotFact(this.commandBus, reply, {
      useCase: REVOKE_CERTIFICATE,
      command: { ...body, lotId, certificateId },
      sent: { lotId, certificateId, body },
      actorId: actor.partyId,
      idempotencyHeader,
      signing,
    });
  }
}

import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { sendCommandResult } from '../shared/send-command-result';
import { masterDataRequestHash } from '../register-master-data/master-data-request-hash';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { SigningKeyResponse } from '../register-signing-key/signing-key.response';
import { RevokeSigningKeyCommand } from './revoke-signing-key.command';
import { RevokeSigningKeyRequestDto } from './revoke-signing-key.request.dto';

/** POST /parties/{partyId}/signing-keys/{keyId}/revocation: the party (or an admin) withdraws a key; rotation is a new key, then this. */
@ApiTags('master data')
@ApiBearerAuth()
@Controller('parties')
export class RevokeSigningKeyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':partyId/signing-keys/:keyId/revocation')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: SigningKeyResponse })
  @ApiForbiddenResponse({ description: 'Neither the party itself nor an admin' })
  @ApiNotFoundResponse({ description: 'No such party, or no such key of the party' })
  @ApiConflictResponse({ description: 'The key is already revoked' })
  async revoke(
    @Param('partyId') partyIdParam: string,
    @Param('keyId') keyIdParam: string,
    @Body() body: RevokeSigningKeyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    const keyId = referenceIdParam(keyIdParam, 'keyId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`POST /parties/${partyId}/signing-keys/${keyId}/revocation`, idempotencyKey, body);
    const result = await this.commandBus.execute<RevokeSigningKeyCommand, CommandResult>(
      new RevokeSigningKeyCommand(partyId, keyId, body?.reason, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

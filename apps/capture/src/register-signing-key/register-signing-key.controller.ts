import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { sendCommandResult } from '../shared/send-command-result';
import { masterDataRequestHash } from '../register-master-data/master-data-request-hash';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { RegisterSigningKeyCommand } from './register-signing-key.command';
import { RegisterSigningKeyRequestDto } from './register-signing-key.request.dto';
import { SigningKeyResponse } from './signing-key.response';

/** POST /parties/{partyId}/signing-keys: the party (or an admin) registers an Ed25519 public key its facts will be signed with. */
@ApiTags('master data')
@ApiBearerAuth()
@Controller('parties')
export class RegisterSigningKeyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':partyId/signing-keys')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ type: SigningKeyResponse })
  @ApiForbiddenResponse({ description: 'Neither the party itself nor an admin' })
  @ApiNotFoundResponse({ description: 'No such party' })
  @ApiConflictResponse({ description: 'The key is already registered (or was, and is revoked)' })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  async register(
    @Param('partyId') partyIdParam: string,
    @Body() body: RegisterSigningKeyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`POST /parties/${partyId}/signing-keys`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterSigningKeyCommand, CommandResult>(
      new RegisterSigningKeyCommand(partyId, body.publicKey, body.device, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

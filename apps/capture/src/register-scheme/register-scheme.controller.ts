import { Body, Controller, Headers, Param, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor, Roles } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { sendCommandResult } from '../shared/send-command-result';
import { masterDataRequestHash } from '../register-master-data/master-data-request-hash';
import { MasterDataRecordedResponse } from '../register-master-data/master-data-recorded.response';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { RegisterSchemeCommand } from './register-scheme.command';
import { RegisterSchemeRequestDto } from './register-scheme.request.dto';
import { ReviseSchemeRequestDto } from './revise-scheme.request.dto';

/** POST /schemes registers a brand or certification scheme with its issuer; PUT /schemes/{schemeId} records its next version. */
@ApiTags('master data')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('schemes')
export class RegisterSchemeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: MasterDataRecordedResponse })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiConflictResponse({ description: 'The scheme id is taken' })
  async register(
    @Body() body: RegisterSchemeRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash('POST /schemes', idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterSchemeCommand, CommandResult>(
      new RegisterSchemeCommand({ ...body }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }

  @Put(':schemeId')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MasterDataRecordedResponse })
  @ApiConflictResponse({ description: 'expectedVersion is stale (the problem names the current version), or the kind would change' })
  @ApiNotFoundResponse({ description: 'No such scheme' })
  async revise(
    @Param('schemeId') schemeIdParam: string,
    @Body() body: ReviseSchemeRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const schemeId = referenceIdParam(schemeIdParam, 'schemeId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`PUT /schemes/${schemeId}`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterSchemeCommand, CommandResult>(
      new RegisterSchemeCommand({ ...body, schemeId }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

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
import { RegisterPartyCommand } from './register-party.command';
import { RegisterPartyRequestDto } from './register-party.request.dto';
import { RevisePartyRequestDto } from './revise-party.request.dto';

/**
 * POST /parties registers a producer, processor, shop, exporter, lab, certifier or inspector;
 * PUT /parties/{partyId} records its next version. Neither carries personal details.
 */
@ApiTags('master data')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('parties')
export class RegisterPartyController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: MasterDataRecordedResponse })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiConflictResponse({ description: 'The party id is taken' })
  async register(
    @Body() body: RegisterPartyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash('POST /parties', idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterPartyCommand, CommandResult>(
      new RegisterPartyCommand({ ...body }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }

  @Put(':partyId')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MasterDataRecordedResponse })
  @ApiConflictResponse({ description: 'expectedVersion is stale: the problem names the current version' })
  @ApiNotFoundResponse({ description: 'No such party' })
  async revise(
    @Param('partyId') partyIdParam: string,
    @Body() body: RevisePartyRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const partyId = referenceIdParam(partyIdParam, 'partyId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`PUT /parties/${partyId}`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterPartyCommand, CommandResult>(
      new RegisterPartyCommand({ ...body, partyId }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

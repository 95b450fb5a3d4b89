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
import { RegisterPlaceCommand } from './register-place.command';
import { RegisterPlaceRequestDto } from './register-place.request.dto';
import { RevisePlaceRequestDto } from './revise-place.request.dto';

/** POST /places registers a region, district, village or facility; PUT /places/{placeId} records its next version. */
@ApiTags('master data')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('places')
export class RegisterPlaceController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: MasterDataRecordedResponse })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule' })
  @ApiConflictResponse({ description: 'The place id is taken' })
  @ApiNotFoundResponse({ description: 'The parent place is not registered' })
  async register(
    @Body() body: RegisterPlaceRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash('POST /places', idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterPlaceCommand, CommandResult>(
      new RegisterPlaceCommand({ ...body }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }

  @Put(':placeId')
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiOkResponse({ type: MasterDataRecordedResponse })
  @ApiConflictResponse({ description: 'expectedVersion is stale (the problem names the current version), or kind or GLN would change' })
  @ApiNotFoundResponse({ description: 'No such place' })
  async revise(
    @Param('placeId') placeIdParam: string,
    @Body() body: RevisePlaceRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const placeId = referenceIdParam(placeIdParam, 'placeId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`PUT /places/${placeId}`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterPlaceCommand, CommandResult>(
      new RegisterPlaceCommand({ ...body, placeId }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}

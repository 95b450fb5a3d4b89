import { Body, Controller, Headers, Param, Post, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiNotFoundResponse, ApiTags, ApiUnauthorizedResponse, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { ReplyLike } from '#tamga/platform';
import { CurrentActor, Roles } from '#tamga/auth';
import { Actor } from '../auth/actor';
import { CommandResult } from '../shared/command-result';
import { idempotencyKeyFrom } from '../shared/idempotency-key';
import { sendCommandResult } from '../shared/send-command-result';
import { masterDataRequestHash } from '../register-master-data/master-data-request-hash';
import { referenceIdParam } from '../register-master-data/reference-id-param';
import { RegisterSpecialisationCommand } from './register-specialisation.command';
import { RegisterSpecialisationRequestDto } from './register-specialisation.request.dto';
import { SpecialisationRegisteredResponse } from './specialisation-registered.response';

/** POST /villages/{villageId}/specialisations: the village is registered for a product under OVOP from a date. */
@ApiTags('master data')
@Roles('admin')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ description: 'No valid API key: problem+json' })
@ApiForbiddenResponse({ description: 'The key is not an admin\'s: problem+json' })
@Controller('villages')
export class RegisterSpecialisationController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post(':villageId/specialisations')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Retry safely: the same key returns the first result' })
  @ApiCreatedResponse({ type: SpecialisationRegisteredResponse })
  @ApiNotFoundResponse({ description: 'The village is not registered' })
  @ApiUnprocessableEntityResponse({ description: 'problem+json naming each field and rule (an unregistered product: rule "registered")' })
  @ApiConflictResponse({ description: 'The village is already registered for this product (the problem names since when)' })
  async register(
    @Param('villageId') villageIdParam: string,
    @Body() body: RegisterSpecialisationRequestDto,
    @CurrentActor() actor: Actor,
    @Headers('idempotency-key') idempotencyHeader: string | undefined,
    @Res() reply: ReplyLike,
  ): Promise<void> {
    const villageId = referenceIdParam(villageIdParam, 'villageId');
    const idempotencyKey = idempotencyKeyFrom(idempotencyHeader);
    const requestHash = masterDataRequestHash(`POST /villages/${villageId}/specialisations`, idempotencyKey, body);
    const result = await this.commandBus.execute<RegisterSpecialisationCommand, CommandResult>(
      new RegisterSpecialisationCommand({ ...body, villageId }, actor.partyId, idempotencyKey, requestHash),
    );
    sendCommandResult(reply, result);
  }
}
